using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// A certificate authority made for a test: a root and the certificates it issues, with the subjects Bulgarian
/// qualified certificates carry (serialNumber <c>PNOBG-</c>, organizationIdentifier <c>NTRBG-</c>).
/// </summary>
internal sealed class TestAuthority : IDisposable
{
    public const string PersonIdentifier = "PNOBG-7501020018";
    public const string CompanyIdentifier = "NTRBG-831641791";

    private readonly RSA _key = RSA.Create(2048);

    public TestAuthority(string name = "Тестов удостоверител")
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.AddOrganizationName("CaseSystem tests");
        subject.AddCommonName(name);
        var request = new CertificateRequest(
            subject.Build(), _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        var now = DateTimeOffset.UtcNow;
        Root = request.CreateSelfSigned(now.AddYears(-5), now.AddYears(5));
    }

    public X509Certificate2 Root { get; }

    public string RootPem => Root.ExportCertificatePem();

    public X509Certificate2 IssuePerson(
        string name = "Мария Иванова Петрова",
        DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.Add("2.5.4.5", PersonIdentifier, UniversalTagNumber.PrintableString);
        subject.AddCommonName(name);
        return Issue(subject.Build(), notBefore, notAfter, usage);
    }

    public X509Certificate2 IssueCompany(string name = "Столична община")
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.AddOrganizationName(name);
        subject.Add("2.5.4.97", CompanyIdentifier, UniversalTagNumber.UTF8String);
        subject.AddCommonName(name);
        return Issue(subject.Build(), null, null,
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation);
    }

    /// <summary>A time-stamping authority's certificate: extended key usage timeStamping only, and critical, as
    /// RFC 3161 requires.</summary>
    public X509Certificate2 IssueTimestampAuthority(string name = "Тестов доставчик на печати")
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.AddOrganizationName("CaseSystem tests");
        subject.AddCommonName(name);
        return Issue(subject.Build(), null, null, X509KeyUsageFlags.DigitalSignature,
            new X509EnhancedKeyUsageExtension([new Oid(SignatureTimestamp.TimeStampingUsageOid)], critical: true));
    }

    public void Dispose()
    {
        Root.Dispose();
        _key.Dispose();
    }

    private X509Certificate2 Issue(
        X500DistinguishedName subject,
        DateTimeOffset? notBefore,
        DateTimeOffset? notAfter,
        X509KeyUsageFlags usage,
        X509Extension? extension = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(
            Root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (extension is not null)
        {
            request.CertificateExtensions.Add(extension);
        }

        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(Root, notBefore ?? now.AddYears(-1), notAfter ?? now.AddYears(2), serial);
        return issued.CopyWithPrivateKey(key);
    }
}
