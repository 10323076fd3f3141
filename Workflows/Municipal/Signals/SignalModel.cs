using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>The tables of signals and citizens' notifications, in <see cref="Persistence.MunicipalDbContext"/>.
/// </summary>
internal static class SignalModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignalRecord>(e =>
        {
            e.ToTable("signals");
            e.HasKey(s => s.Id);
            e.HasOne<CaseRecord>().WithOne().HasForeignKey<SignalRecord>(s => s.Id);
            e.Property(s => s.CategoryCode).HasMaxLength(50);
            e.Property(s => s.Description).HasMaxLength(SignalValidation.MaxDescription);
            e.Property(s => s.Address).HasMaxLength(SignalValidation.MaxAddress);
            e.Property(s => s.AddressKey).HasMaxLength(SignalValidation.MaxAddress);
            e.HasIndex(s => new { s.CategoryCode, s.AddressKey });
            e.Property(s => s.District).HasMaxLength(50);
            e.Property(s => s.PublicDescription).HasMaxLength(SignalValidation.MaxDescription);
            e.Property(s => s.PostalAddress).HasMaxLength(SignalValidation.MaxAddress);
            e.Property(s => s.Language).HasMaxLength(5);
            e.Property(s => s.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.SubmittedBy).HasMaxLength(100);
            e.Property(s => s.Department).HasMaxLength(100);
            e.Property(s => s.Closure).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.ReopenReason).HasMaxLength(SignalValidation.MaxDescription);

            // Duplicates: one category near a point; the public list and Open311: by category and date.
            e.HasIndex(s => new { s.CategoryCode, s.Latitude });
            e.HasIndex(s => new { s.CategoryCode, s.ReceivedAt });
            e.HasIndex(s => s.ReceivedAt);
            e.HasIndex(s => s.WorkflowStartedAt);
        });

        modelBuilder.Entity<SignalPhotoRecord>(e =>
        {
            e.ToTable("signal_photos");
            e.HasKey(p => new { p.SignalId, p.Position });
            e.HasIndex(p => p.DocumentId);
            e.HasOne<SignalRecord>().WithMany().HasForeignKey(p => p.SignalId);
        });

        modelBuilder.Entity<SignalFollowerRecord>(e =>
        {
            e.ToTable("signal_followers");
            e.HasKey(f => f.Id);
            e.Property(f => f.AccountId).HasMaxLength(100);
            e.Property(f => f.Email).HasMaxLength(320);
            e.Property(f => f.Language).HasMaxLength(5);
            e.HasIndex(f => new { f.SignalId, f.AccountId });
            e.HasIndex(f => new { f.SignalId, f.Email });
            e.HasIndex(f => f.AccountId);
            e.HasOne<SignalRecord>().WithMany().HasForeignKey(f => f.SignalId);
        });

        modelBuilder.Entity<SignalDuplicateRecord>(e =>
        {
            e.ToTable("signal_duplicates");
            e.HasKey(d => new { d.SignalId, d.CandidateId });
            e.HasOne<SignalRecord>().WithMany().HasForeignKey(d => d.SignalId);
            e.HasOne<SignalRecord>().WithMany().HasForeignKey(d => d.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CitizenNotificationRecord>(e =>
        {
            e.ToTable("citizen_notifications");
            e.HasKey(n => n.Id);
            e.Property(n => n.Kind).HasMaxLength(20);
            e.Property(n => n.AccountId).HasMaxLength(100);
            e.Property(n => n.Email).HasMaxLength(320);
            e.Property(n => n.Language).HasMaxLength(5);
            e.Property(n => n.SubjectBg).HasMaxLength(300);
            e.Property(n => n.SubjectEn).HasMaxLength(300);
            e.Property(n => n.TextBg).HasMaxLength(4000);
            e.Property(n => n.TextEn).HasMaxLength(4000);
            e.Property(n => n.LastError).HasMaxLength(500);
            e.Ignore(n => n.Subject);
            e.Ignore(n => n.Text);

            // The sender's queue, a case's messages, a citizen's messages on the portal.
            e.HasIndex(n => new { n.SentAt, n.Id });
            e.HasIndex(n => n.CaseId);
            e.HasIndex(n => n.AccountId);
            e.HasOne<CaseRecord>().WithMany().HasForeignKey(n => n.CaseId);
        });
    }
}
