using Microsoft.EntityFrameworkCore;

namespace CaseSystem.DocumentStore.Documents;

/// <summary>Document metadata: names, versions, hashes, deletion and legal holds.</summary>
// TODO: no migrations and no registration in the host yet (tests use EnsureCreated on SQLite); add SQLite and
// PostgreSQL subclasses with their migrations, as Workflows/Runtime does, when the host stores documents.
public sealed class DocumentDbContext(DbContextOptions<DocumentDbContext> options) : DbContext(options)
{
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
