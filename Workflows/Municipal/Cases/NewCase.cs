namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>What opening a case needs: the service, the applicant and who registers it.</summary>
public sealed record NewCase
{
    public required string ServiceCode { get; init; }

    public required string Title { get; init; }

    public required ApplicantKind ApplicantKind { get; init; }

    public required string ApplicantIdentifier { get; init; }

    public required string ApplicantName { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    /// <summary>The citizen's portal account, or null when filed without one (a clerk registers it, say).</summary>
    public string? OwnerAccountId { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>The application in DocumentStore, when it is already stored; goes into the register entry.</summary>
    public Guid? DocumentId { get; init; }

    /// <summary>The case's id, when the caller needs it before the case exists; a new one otherwise.</summary>
    public Guid? CaseId { get; init; }

    /// <summary>The workflow instance that will drive the case, when its id is known before it starts.</summary>
    public string? WorkflowInstanceId { get; init; }

    /// <summary>The account that files it: the citizen's, or the clerk's who registers it on their behalf.</summary>
    public required string OpenedBy { get; init; }
}
