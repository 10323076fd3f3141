using CaseSystem.DocumentStore.Documents;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>Which documents belong to a case, as DocumentStore keeps them.</summary>
public interface ICaseDocuments
{
    /// <summary>
    /// Those of <paramref name="documentIds"/> (each once, in their order) that are not live documents of the case
    /// <paramref name="caseId"/>: unknown, deleted or another case's alike, so an answer reveals nothing about other
    /// cases. Without a case every id is one.
    /// </summary>
    Task<IReadOnlyList<Guid>> NotOfCaseAsync(Guid? caseId, IReadOnlyCollection<Guid> documentIds,
        CancellationToken cancellationToken);
}

/// <summary>
/// Reads the document rows of DocumentStore's context (the municipal layer is its client). With
/// <paramref name="holdUntilCommit"/>, inside a transaction, the rows read are held against deletion until it ends
/// (see <see cref="DocumentDbContext.LiveCasesOfAsync"/>).
/// </summary>
public sealed class StoredCaseDocuments(DocumentDbContext documents, bool holdUntilCommit = false) : ICaseDocuments
{
    public async Task<IReadOnlyList<Guid>> NotOfCaseAsync(Guid? caseId, IReadOnlyCollection<Guid> documentIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var wanted = documentIds.Distinct().ToList();
        if (caseId is null || wanted.Count == 0)
        {
            return wanted;
        }

        var live = await documents.LiveCasesOfAsync(wanted, holdUntilCommit, cancellationToken);

        // Documents name their case as the uploader typed it: any Guid format is the same case.
        return [.. wanted.Where(id =>
            !live.TryGetValue(id, out var of) || !Guid.TryParse(of, out var owner) || owner != caseId)];
    }
}
