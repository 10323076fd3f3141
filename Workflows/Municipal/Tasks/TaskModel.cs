using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The tables of human tasks, in <see cref="Persistence.MunicipalDbContext"/>.</summary>
internal static class TaskModel
{
    private static readonly ValueConverter<IReadOnlyList<string>, string> NamesAsJson = new(
        v => TaskJson.Write(v), v => TaskJson.Strings(v));

    private static readonly ValueComparer<IReadOnlyList<string>> NamesComparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TaskRecord>(e =>
        {
            e.ToTable("human_tasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasMaxLength(100);
            e.Property(t => t.InstanceId).HasMaxLength(100);
            e.HasIndex(t => t.InstanceId);
            e.Property(t => t.DefinitionId).HasMaxLength(200);
            e.Property(t => t.ActivityId).HasMaxLength(200);
            e.Property(t => t.Title).HasMaxLength(500);
            e.Property(t => t.Priority).HasMaxLength(20);
            e.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Assignee).HasMaxLength(100);
            e.Property(t => t.DelegatedTo).HasMaxLength(100);
            e.Property(t => t.CandidateGroups).HasConversion(NamesAsJson, NamesComparer);
            e.Property(t => t.CandidateUsers).HasConversion(NamesAsJson, NamesComparer);
            e.Property(t => t.Outcome).HasMaxLength(200);
            e.Property(t => t.CompletedBy).HasMaxLength(100);
            e.Property(t => t.Version).IsConcurrencyToken();
            e.Ignore(t => t.IsLive);
            e.Ignore(t => t.IsClaimable);

            // The inbox: a clerk's own tasks by deadline, a state's tasks by deadline, a case's tasks.
            e.HasIndex(t => new { t.Assignee, t.State, t.DueAt });
            e.HasIndex(t => new { t.State, t.DueAt });
            e.HasIndex(t => t.CaseId);
            e.HasIndex(t => t.DelegatedTo);
        });

        modelBuilder.Entity<TaskCandidateRecord>(e =>
        {
            e.ToTable("human_task_candidates");
            e.HasKey(c => new { c.TaskId, c.Kind, c.Value });
            e.Property(c => c.Kind).HasMaxLength(10);
            e.Property(c => c.Value).HasMaxLength(100);
            e.HasIndex(c => new { c.Kind, c.Value });

            // "My groups": the claimable tasks of a department or a user, with the task id in the index.
            e.HasIndex(c => new { c.Kind, c.Value, c.TaskId }).HasFilter("\"Claimable\"")
                .HasDatabaseName("IX_human_task_candidates_Claimable");
            e.HasOne<TaskRecord>().WithMany().HasForeignKey(c => c.TaskId);
        });

        modelBuilder.Entity<TaskAuditRecord>(e =>
        {
            e.ToTable("human_task_audit");
            e.HasKey(a => a.Id);
            e.HasIndex(a => new { a.TaskId, a.Id });
            e.HasIndex(a => a.CaseId);
            e.Property(a => a.Actor).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(20);
            e.HasOne<TaskRecord>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<TaskCommentRecord>(e =>
        {
            e.ToTable("human_task_comments");
            e.HasKey(c => c.Id);
            e.HasIndex(c => new { c.TaskId, c.At });
            e.Property(c => c.Author).HasMaxLength(100);
            e.Property(c => c.Text).HasMaxLength(4000);
            e.HasOne<TaskRecord>().WithMany().HasForeignKey(c => c.TaskId);
        });

        modelBuilder.Entity<TaskAttachmentRecord>(e =>
        {
            e.ToTable("human_task_attachments");
            e.HasKey(a => new { a.TaskId, a.DocumentId });
            e.HasIndex(a => a.DocumentId);
            e.Property(a => a.AddedBy).HasMaxLength(100);
            e.HasOne<TaskRecord>().WithMany().HasForeignKey(a => a.TaskId);
        });

        modelBuilder.Entity<NotificationRecord>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(n => n.Id);
            e.Property(n => n.Recipient).HasMaxLength(100);
            e.HasIndex(n => new { n.Recipient, n.ReadAt });
            e.Property(n => n.Kind).HasMaxLength(20);
            e.Property(n => n.TaskId).HasMaxLength(100);
            e.HasIndex(n => n.TaskId);

            // The mail pass reads the oldest not yet e-mailed; the filter keeps the index to those few.
            e.HasIndex(n => n.Id).HasDatabaseName("IX_notifications_unmailed").HasFilter("\"EmailedAt\" IS NULL");
        });
    }
}
