using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseSystem.DocumentStore.Documents;

/// <summary>
/// Document metadata: names, versions, hashes, deletion and legal holds. One subclass per database, each with its
/// own migrations; they share the runtime's database but keep their own migrations history table.
/// </summary>
public abstract class DocumentDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Where the migrations applied to the document tables are recorded.</summary>
    public const string MigrationsHistoryTable = "__DocumentMigrationsHistory";

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<DocumentVersionRecord> Versions => Set<DocumentVersionRecord>();

    /// <summary>
    /// A context for the document tables on a connection someone else opened and owns (a workflow run's, say), for
    /// that connection's database; the caller joins it to their transaction.
    /// </summary>
    public static DocumentDbContext On(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);

        DocumentDbContext documents = connection switch
        {
            SqliteConnection sqlite => new SqliteDocumentDbContext(SqliteDocumentDbContext.Options(sqlite)),
            NpgsqlConnection npgsql => new PostgresDocumentDbContext(PostgresDocumentDbContext.Options(npgsql)),
            _ => throw new NotSupportedException($"No document context for a {connection.GetType().Name}."),
        };

        // The caller's transaction is the unit of work; savepoints inside it would only add round trips.
        documents.Database.AutoSavepointsEnabled = false;
        return documents;
    }

    /// <summary>
    /// The case id (as its uploader gave it) of each of <paramref name="documentIds"/> that exists and is not
    /// deleted; an id missing from the answer names no live document. With <paramref name="holdUntilCommit"/>, in a
    /// transaction on PostgreSQL, the rows found are locked for share, so that a deletion waits until the
    /// transaction ends (SQLite writes one transaction at a time anyway).
    /// </summary>
    public async Task<Dictionary<Guid, string>> LiveCasesOfAsync(IReadOnlyCollection<Guid> documentIds,
        bool holdUntilCommit = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return [];
        }

        var ids = documentIds.Distinct().ToArray();
        var rows = holdUntilCommit && Database.IsNpgsql()
            ? Documents.FromSql($"SELECT * FROM documents WHERE \"Id\" = ANY({ids}) FOR SHARE")
            : Documents;
        return await rows.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.DeletedAt == null)
            .Select(d => new { d.Id, d.CaseId })
            .ToDictionaryAsync(d => d.Id, d => d.CaseId, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("documents");
            e.HasKey(d => d.Id);
            e.HasIndex(d => d.CaseId);
            e.Property(d => d.CaseId).HasMaxLength(100);
            e.Property(d => d.Name).HasMaxLength(300);
            e.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId);
        });

        modelBuilder.Entity<DocumentVersionRecord>(e =>
        {
            e.ToTable("document_versions");
            e.HasKey(v => new { v.DocumentId, v.Number });
            e.Property(v => v.FileName).HasMaxLength(300);
            e.Property(v => v.MediaType).HasMaxLength(200);
            e.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
            e.HasIndex(v => v.Sha256);
        });
    }
}
