using System.Globalization;
using CaseSystem.Workflows.Municipal.Identifiers;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// A person is identified by an ЕГН or, for a foreigner, an ЛНЧ; a company by its ЕИК/БУЛСТАТ. The message of a
/// bad identifier is in the request's language (Bulgarian unless English was chosen).
/// </summary>
public sealed class IdentifierApplicantValidator : IApplicantValidator
{
    public string? Validate(ApplicantKind kind, string identifier)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (kind == ApplicantKind.Company)
        {
            var eik = Eik.Check(identifier);
            return eik.IsValid ? null : eik.Message(culture);
        }

        // A number that is no ЕГН may be an ЛНЧ; when it is neither, the ЕГН's message says what to change, as
        // most applicants are citizens.
        var egn = Egn.Check(identifier);
        return egn.IsValid || Lnch.IsValid(identifier) ? null : egn.Message(culture);
    }
}
