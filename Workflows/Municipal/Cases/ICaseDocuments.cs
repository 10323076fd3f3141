using CaseSystem.DocumentStore.Documents;

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
    /// <summary>A document's case id as a Guid, in whatever format its uploader wrote it; null when it is not one.
    /// </summary>
    public static Guid? CaseIdOf(string caseId) => Guid.TryParse(caseId, out var id) ? id : null;

    public async Task<IReadOnlyDictionary<Guid, Guid?>> CasesOfAsync(IReadOnlyCollection<Guid> documentIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var rows = await documents.LiveCasesOfAsync(documentIds, cancellationToken: cancellationToken);

        // Documents name their case as the uploader typed it: any Guid format is the same case.
        return rows.ToDictionary(r => r.Key, r => CaseIdOf(r.Value));
    }
}
