using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>
/// A CA made for one test and a PKCS#12 file with the municipality's signing certificate (NTRBG-) it issued, the
/// way an administrator configures <c>Signing:CertificatePath</c>.
/// </summary>
internal sealed class TestSigningFile : IDisposable
{
    public const string Password = "test-password";
    public const string Organisation = "NTRBG-000696327";

    private readonly RSA _rootKey = RSA.Create(2048);

    public TestSigningFile(string folder)
    {
        var request = new CertificateRequest(
            "CN=Test CA, O=CaseSystem tests, C=BG", _rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = DateTimeOffset.UtcNow;
        Root = request.CreateSelfSigned(now.AddYears(-1), now.AddYears(1));

        CaPem = Path.Combine(folder, "ca.pem");
        File.WriteAllText(CaPem, Root.ExportCertificatePem());
        Pkcs12 = Path.Combine(folder, "signing.p12");
        using var municipality = IssueMunicipality();
        using var publicRoot = X509CertificateLoader.LoadCertificate(Root.RawData);   // without its key
        File.WriteAllBytes(Pkcs12, new X509Certificate2Collection { municipality, publicRoot }
            .Export(X509ContentType.Pkcs12, Password)!);
    }

    public X509Certificate2 Root { get; }

    public string CaPem { get; }

    public string Pkcs12 { get; }

    public void Dispose()
    {
        Root.Dispose();
        _rootKey.Dispose();
    }

    private X509Certificate2 IssueMunicipality()
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.AddOrganizationName("Sofia Municipality");
        subject.Add("2.5.4.97", Organisation, UniversalTagNumber.UTF8String);
        subject.AddCommonName("Sofia Municipality");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(
            Root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        var now = DateTimeOffset.UtcNow;
        using var issued = request.Create(Root, now.AddDays(-1), now.AddDays(30), serial);
        return issued.CopyWithPrivateKey(key);
    }
}
