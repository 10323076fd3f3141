using CaseSystem.DocumentStore.Storage;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.DocumentStore.Documents;

/// <summary>
/// Documents of cases: content in the object store, metadata in the database. Content is stored before its row,
/// so a row never points at a missing object; an object whose row failed stays unreferenced, never wrong.
/// </summary>
public sealed class DocumentLibrary(DocumentDbContext db, IObjectStore store, TimeProvider time)
{
    public async Task<DocumentVersionRecord> AddAsync(
        Guid documentId, string caseId, string author, Upload upload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(upload);
        var stored = await store.PutAsync(upload.Content, cancellationToken);
        var now = Now();
        var document = new DocumentRecord
        {
            Id = documentId, CaseId = caseId, Name = upload.FileName, CreatedBy = author, CreatedAt = now,
        };
        var version = Version(documentId, 1, author, upload, stored.Address, now);
        document.Versions.Add(version);
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <exception cref="DocumentUnavailableException">The document does not exist or was deleted.</exception>
    public async Task<DocumentVersionRecord> AddVersionAsync(
        Guid documentId, string author, Upload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var document = await FindLiveAsync(documentId, cancellationToken);
        var stored = await store.PutAsync(upload.Content, cancellationToken);
        var number = document.Versions.Max(v => v.Number) + 1;

        // The key (document, number) makes a concurrent second version with the same number fail, not overwrite.
        var version = Version(documentId, number, author, upload, stored.Address, Now());
        document.Versions.Add(version);
        document.Name = upload.FileName;
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Opens a version (the latest when not given) after the store has checked its hash.</summary>
    public async Task<(DocumentVersionRecord Version, Stream Content)> OpenAsync(
        Guid documentId, int? number = null, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        var document = await FindLiveAsync(documentId, cancellationToken);
        var version = number is null
            ? document.Versions.MaxBy(v => v.Number)!
            : document.Versions.SingleOrDefault(v => v.Number == number)
              ?? throw new DocumentUnavailableException($"Document {documentId} has no version {number}.");
        var content = await store.OpenReadAsync(new ContentAddress(version.Sha256, version.Size), range,
            cancellationToken);
        return (version, content);
    }

    /// <exception cref="DocumentUnavailableException">The document does not exist or was deleted.</exception>
    public Task<DocumentRecord> GetAsync(Guid documentId, CancellationToken cancellationToken = default) =>
        FindLiveAsync(documentId, cancellationToken);

    public async Task<IReadOnlyList<DocumentRecord>> ListAsync(
        string caseId, CancellationToken cancellationToken = default)
    {
        return await db.Documents.Include(d => d.Versions)
            .Where(d => d.CaseId == caseId && d.DeletedAt == null)
            .OrderBy(d => d.CreatedAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Marks the document deleted; its versions stay in the store and the database.</summary>
    /// <exception cref="DocumentUnavailableException">A legal hold is on the document.</exception>
    public async Task DeleteAsync(Guid documentId, string deletedBy, CancellationToken cancellationToken = default)
    {
        var document = await FindLiveAsync(documentId, cancellationToken);
        if (document.LegalHoldReason is not null)
        {
            throw new DocumentUnavailableException(
                $"Document {documentId} is under legal hold ({document.LegalHoldReason}) and cannot be deleted. "
                + "Release the hold first.", underLegalHold: true);
        }

        document.DeletedAt = Now();
        document.DeletedBy = deletedBy;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task PlaceLegalHoldAsync(Guid documentId, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var document = await FindLiveAsync(documentId, cancellationToken);
        document.LegalHoldReason = reason;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReleaseLegalHoldAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var document = await FindLiveAsync(documentId, cancellationToken);
        document.LegalHoldReason = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DocumentRecord> FindLiveAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        return document is { DeletedAt: null }
            ? document
            : throw new DocumentUnavailableException($"Document {documentId} does not exist or was deleted.");
    }

    private static DocumentVersionRecord Version(
        Guid documentId, int number, string author, Upload upload, ContentAddress address, DateTimeOffset now) => new()
    {
        DocumentId = documentId,
        Number = number,
        FileName = upload.FileName,
        MediaType = upload.MediaType,
        Size = address.Length,
        Sha256 = address.Sha256,
        Author = author,
        StoredAt = now,
    };

    // Stored in UTC whatever the clock's offset: PostgreSQL's timestamptz takes nothing else.
    private DateTimeOffset Now() => time.GetUtcNow().ToUniversalTime();
}
