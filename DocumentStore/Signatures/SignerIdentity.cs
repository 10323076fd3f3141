using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Reads who signed from a certificate's subject: the common name, <c>PNOBG-</c> in serialNumber (2.5.4.5) for a
/// natural person, <c>NTRBG-</c> in organizationIdentifier (2.5.4.97) for a legal person.
/// </summary>
internal static class SignerIdentity
{
    private const string SerialNumberOid = "2.5.4.5";
    private const string OrganizationIdentifierOid = "2.5.4.97";

    public static Signer Read(X509Certificate2 certificate)
    {
        string? person = null;
        string? company = null;
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements)
            {
                continue;
            }

            var value = rdn.GetSingleElementValue();
            switch (rdn.GetSingleElementType().Value)
            {
                case SerialNumberOid when value?.StartsWith("PNOBG-", StringComparison.Ordinal) == true:
                    person = value;
                    break;
                case OrganizationIdentifierOid when value?.StartsWith("NTRBG-", StringComparison.Ordinal) == true:
                    company = value;
                    break;
            }
        }

        var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        return new Signer(name, person ?? company, company);
    }
}
