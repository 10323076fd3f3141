namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// One matter the municipality handles: who asked, for which service, under which registration index, where it
/// stands for the citizen, and the workflow instance that drives it. Times are UTC.
/// </summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }

    /// <summary>The incoming registration index given when the case was opened, e.g. СОА26-ВК08-1234/03.12.2026.
    /// </summary>
    public required string RegistrationIndex { get; set; }

    public required string ServiceCode { get; set; }

    public required string Title { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>ЕГН or ЛНЧ of a person, ЕИК of a company, as digits.</summary>
    public required string ApplicantIdentifier { get; set; }

    public required string ApplicantName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>The citizen's portal account, when the case was opened by or for one.</summary>
    public string? OwnerAccountId { get; set; }

    public required string DepartmentCode { get; set; }

    public CaseStatus Status { get; set; }

    public string? WorkflowInstanceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set while the case is in a closing status; cleared when it is reopened.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The access code for tracking without an account, salted and hashed (see <see cref="AccessCode"/>).
    /// </summary>
    public required string AccessCodeHash { get; set; }
}
