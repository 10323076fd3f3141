using CaseSystem.DocumentStore.Documents;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>Which case each document belongs to, as DocumentStore keeps them.</summary>
public interface ICaseDocuments
{
    /// <summary>
    /// The case of each of <paramref name="documentIds"/> that exists and is not deleted; an id missing from the
    /// answer names no live document. A case id that is not a Guid (a machine client's) is null.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, Guid?>> CasesOfAsync(IReadOnlyCollection<Guid> documentIds,
        CancellationToken cancellationToken);
}

/// <summary>Reads the document rows of DocumentStore's context (the municipal layer is its client).</summary>
public sealed class StoredCaseDocuments(DocumentDbContext documents) : ICaseDocuments
{
    public async Task<IReadOnlyDictionary<Guid, Guid?>> CasesOfAsync(IReadOnlyCollection<Guid> documentIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new Dictionary<Guid, Guid?>();
        }

        var ids = documentIds.ToList();
        var rows = await documents.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.DeletedAt == null)
            .Select(d => new { d.Id, d.CaseId })
            .ToListAsync(cancellationToken);

        // Documents name their case as the uploader typed it: any Guid format is the same case.
        return rows.ToDictionary(r => r.Id, r => Guid.TryParse(r.CaseId, out var c) ? c : (Guid?)null);
    }
}
