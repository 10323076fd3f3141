namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// Accepts every identifier that is not blank.
/// </summary>
// TODO: replace with a validator built on Workflows/Municipal/Identifiers (ЕГН, ЛНЧ and ЕИК check digits) once
// that lands; until then a case can be opened with a mistyped identifier. Registered with TryAdd, so the real
// validator only needs registering first.
public sealed class PermissiveApplicantValidator : IApplicantValidator
{
    public string? Validate(ApplicantKind kind, string identifier) =>
        string.IsNullOrWhiteSpace(identifier) ? "The applicant's identifier is missing." : null;
}
