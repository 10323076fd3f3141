using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>
/// The runtime's tables. Each database has its own subclass, so that each keeps its own migrations:
/// <see cref="SqliteWorkflowDbContext"/> for the embedded default, <see cref="PostgresWorkflowDbContext"/> for
/// production.
/// </summary>
public abstract class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();

    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    public DbSet<TriggerRecord> Triggers => Set<TriggerRecord>();

    public DbSet<StimulusRecord> Stimuli => Set<StimulusRecord>();

    public DbSet<JournalBatchRecord> Journal => Set<JournalBatchRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    /// <summary>Takes the instance's lock for the rest of the current transaction.</summary>
    public abstract Task LockInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>The bookmarks waiting for a stimulus's hash, for one instance or correlation id when given.</summary>
    public abstract IAsyncEnumerable<BookmarkMatch> FindBookmarks(string hash, string? instanceId,
        string? correlationId);

    /// <summary>
    /// Loads an instance's row and holds its lock for the rest of the current transaction. The row may come back
    /// untracked: a run saved by the change tracker hands it over first.
    /// </summary>
    public abstract Task<InstanceRecord?> LoadInstanceForRunAsync(string instanceId,
        CancellationToken cancellationToken);

    /// <summary>Whether <see cref="WriteRunAsync"/> can write runs without the change tracker.</summary>
    public virtual bool WritesRunsDirectly => false;

    /// <summary>Writes a run's rows in the current transaction without the change tracker.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another run changed the instance's row meanwhile.</exception>
    /// <exception cref="NotSupportedException">This database has no such path (<see cref="WritesRunsDirectly"/>).
    /// </exception>
    public virtual Task WriteRunAsync(RunWrite write, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This database writes runs through the change tracker.");

    /// <summary>
    /// The bookmarks a stimulus matches, as <see cref="FindBookmarks"/> finds them, and the first one's instance
    /// loaded and locked as <see cref="LoadInstanceForRunAsync"/> does (null when nothing matches or the instance
    /// is gone). A database may do both in one round trip.
    /// </summary>
    public virtual async Task<(List<BookmarkMatch> Matches, InstanceRecord? First)> FindBookmarksAndLoadFirstAsync(
        string hash, string? instanceId, string? correlationId, CancellationToken cancellationToken)
    {
        var matches = await FindBookmarks(hash, instanceId, correlationId).ToListAsync(cancellationToken);
        var first = matches.Count > 0
            ? await LoadInstanceForRunAsync(matches[0].InstanceId, cancellationToken)
            : null;
        return (matches, first);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<DefinitionRecord>(e =>
        {
            e.ToTable("workflow_definitions");
            e.HasKey(d => d.Id);
            e.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
            e.HasIndex(d => d.DefinitionId).HasFilter(Filter(nameof(DefinitionRecord.IsPublished))).IsUnique()
                .HasDatabaseName("ux_published");
            e.HasIndex(d => d.DefinitionId).HasFilter(Filter(nameof(DefinitionRecord.IsLatest))).IsUnique()
                .HasDatabaseName("ux_latest");
        });

        modelBuilder.Entity<InstanceRecord>(e =>
        {
            e.ToTable("workflow_instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasIndex(i => new { i.Status, i.SubStatus });
            e.HasIndex(i => i.SubStatus);
            e.HasIndex(i => new { i.DefinitionId, i.Version });
            e.HasIndex(i => i.CorrelationId);
            e.HasIndex(i => i.CreatedAt);
            e.HasIndex(i => i.UpdatedAt);
            e.HasIndex(i => i.FinishedAt);
        });

        modelBuilder.Entity<BookmarkRecord>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(b => b.Id);

            // Most stimuli name a correlation id: thousands may wait on one event, each for its own case.
            e.HasIndex(b => new { b.Hash, b.CorrelationId });
            e.HasIndex(b => b.InstanceId);
            e.HasIndex(b => b.ResumeAt);
        });

        modelBuilder.Entity<TriggerRecord>(e =>
        {
            e.ToTable("triggers");
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.Hash);
            e.HasIndex(t => t.DefinitionId);
        });

        modelBuilder.Entity<StimulusRecord>(e =>
        {
            e.ToTable("stimuli");
            e.HasKey(s => s.Id);
            e.HasIndex(s => s.Hash);
            e.HasIndex(s => s.ExpiresAt);
        });

        modelBuilder.Entity<JournalBatchRecord>(e =>
        {
            e.ToTable("journal");
            e.HasKey(j => new { j.InstanceId, j.FirstSequence });
        });

        modelBuilder.Entity<IncidentRecord>(e =>
        {
            e.ToTable("incidents");
            e.HasKey(i => i.Id);
            e.HasIndex(i => i.InstanceId);
        });
    }

    /// <summary>The SQL of a filtered index on a boolean column, in this database's dialect.</summary>
    protected abstract string Filter(string booleanColumn);
}
