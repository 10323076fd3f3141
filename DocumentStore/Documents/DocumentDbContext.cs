using Microsoft.EntityFrameworkCore;

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
