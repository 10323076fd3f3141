using CaseSystem.Workflows.Municipal.Cases;
using System.Data.Common;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseSystem.Workflows.Municipal.Persistence;

/// <summary>
/// Cases, their status timelines, the document register, the clerks' human tasks, signals and citizens'
/// notifications. One subclass per database, each with its own migrations; they share the runtime's database but
/// keep their own migrations history table.
/// </summary>
public abstract class MunicipalDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Where the migrations applied to the municipal tables are recorded.</summary>
    public const string MigrationsHistoryTable = "__MunicipalMigrationsHistory";

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<CaseStatusRecord> StatusHistory => Set<CaseStatusRecord>();

    public DbSet<RegisterEntryRecord> RegisterEntries => Set<RegisterEntryRecord>();

    public DbSet<RegisterSequenceRecord> RegisterSequences => Set<RegisterSequenceRecord>();

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    public DbSet<TaskCandidateRecord> TaskCandidates => Set<TaskCandidateRecord>();

    public DbSet<TaskAuditRecord> TaskAudit => Set<TaskAuditRecord>();

    public DbSet<TaskCommentRecord> TaskComments => Set<TaskCommentRecord>();

    public DbSet<TaskAttachmentRecord> TaskAttachments => Set<TaskAttachmentRecord>();

    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();

    public DbSet<SignalRecord> Signals => Set<SignalRecord>();

    public DbSet<SignalPhotoRecord> SignalPhotos => Set<SignalPhotoRecord>();

    public DbSet<SignalFollowerRecord> SignalFollowers => Set<SignalFollowerRecord>();

    public DbSet<SignalDuplicateRecord> SignalDuplicates => Set<SignalDuplicateRecord>();

    public DbSet<CitizenNotificationRecord> CitizenNotifications => Set<CitizenNotificationRecord>();

    /// <summary>
    /// A context on a connection someone else opened (the runtime's, inside its run's transaction), of the subclass
    /// for that connection's database.
    /// </summary>
    public static MunicipalDbContext On(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);

        MunicipalDbContext db = connection switch
        {
            SqliteConnection sqlite => new SqliteMunicipalDbContext(SqliteMunicipalDbContext.Options(sqlite)),
            NpgsqlConnection npgsql => new PostgresMunicipalDbContext(PostgresMunicipalDbContext.Options(npgsql)),
            _ => throw new NotSupportedException($"No municipal context for a {connection.GetType().Name}."),
        };

        // The caller's transaction is the unit of work; savepoints inside it would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        return db;
    }

    /// <exception cref="InvalidOperationException">A task's audit entry was changed or removed.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <exception cref="InvalidOperationException">A task's audit entry was changed or removed.</exception>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The audit log is only ever appended to. Refused here before anything is sent, and by a trigger in the
    // database for whatever goes around the change tracker (ExecuteUpdate, ExecuteDelete, SQL by hand).
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<TaskAuditRecord>().FirstOrDefault(e =>
                e.State is EntityState.Modified or EntityState.Deleted) is { } entry)
        {
            throw new InvalidOperationException(
                $"The task audit log is append-only: entry {entry.Entity.Id} cannot be "
                + $"{(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<CaseRecord>(e =>
        {
            e.ToTable("cases");
            e.HasKey(c => c.Id);
            e.Property(c => c.RegistrationIndex).HasMaxLength(64);
            e.HasIndex(c => c.RegistrationIndex).IsUnique();
            e.Property(c => c.ServiceCode).HasMaxLength(100);
            e.Property(c => c.Title).HasMaxLength(500);
            e.Property(c => c.ApplicantKind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.ApplicantIdentifier).HasMaxLength(20);
            e.Property(c => c.ApplicantName).HasMaxLength(300);
            e.Property(c => c.ContactEmail).HasMaxLength(320);
            e.Property(c => c.ContactPhone).HasMaxLength(40);
            e.Property(c => c.OwnerAccountId).HasMaxLength(100);
            e.HasIndex(c => c.OwnerAccountId);
            e.Property(c => c.DepartmentCode).HasMaxLength(100);
            e.HasIndex(c => c.DepartmentCode);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(c => c.WorkflowInstanceId).HasMaxLength(100);
            e.HasIndex(c => c.WorkflowInstanceId);
            e.Property(c => c.AccessCodeHash).HasMaxLength(120);
            e.HasMany<CaseStatusRecord>().WithOne().HasForeignKey(s => s.CaseId);
        });

        modelBuilder.Entity<CaseStatusRecord>(e =>
        {
            e.ToTable("case_status_history");
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.CaseId, s.At });
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.Note).HasMaxLength(4000);
            e.Property(s => s.By).HasMaxLength(100);
        });

        modelBuilder.Entity<RegisterEntryRecord>(e =>
        {
            e.ToTable("register_entries");
            e.HasKey(r => r.Id);
            e.Property(r => r.RegisterCode).HasMaxLength(20);

            // The rule of the register: a sequence never repeats within a register and a year.
            e.HasIndex(r => new { r.RegisterCode, r.Year, r.Sequence }).IsUnique();
            e.Property(r => r.RegistrationIndex).HasMaxLength(64);
            e.HasIndex(r => r.RegistrationIndex).IsUnique();
            e.Property(r => r.Direction).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Correspondent).HasMaxLength(300);
            e.Property(r => r.Subject).HasMaxLength(500);
            e.Property(r => r.CreatedBy).HasMaxLength(100);
            e.HasIndex(r => new { r.Date, r.CreatedAt });
            e.HasIndex(r => r.CaseId);
            e.HasIndex(r => r.DocumentId);
            e.HasOne<CaseRecord>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RegisterSequenceRecord>(e =>
        {
            e.ToTable("register_sequences");
            e.HasKey(s => new { s.RegisterCode, s.Year });
            e.Property(s => s.RegisterCode).HasMaxLength(20);
        });

        TaskModel.Configure(modelBuilder);
        SignalModel.Configure(modelBuilder);
    }
}
