namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// Checks an applicant's identifier (ЕГН or ЛНЧ of a person, ЕИК/БУЛСТАТ of a company) before a case is
/// opened.
/// </summary>
public interface IApplicantValidator
{
    /// <returns>Null when the identifier is acceptable; otherwise what is wrong with it, in words the applicant
    /// can act on.</returns>
    string? Validate(ApplicantKind kind, string identifier);
}
