using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CaseSystem.Host.Workflows;

namespace CaseSystem.Host.Documents;

/// <summary>
/// The municipality's signing certificate, one setting for everything it signs (response letters,
/// <c>documents render --sign</c>): <c>Signing:CertificatePath</c>, a PKCS#12 file, and
/// <c>Signing:CertificatePassword</c>. The embedded default, given none, makes a self-signed demonstration
/// certificate in its data folder so that its letters come out signed; no verifier trusts it, and a host on
/// PostgreSQL never makes one. With <c>Signing:TimestampUrl</c>, signatures carry an RFC 3161 timestamp from that
/// authority.
/// </summary>
public static class MunicipalSigning
{
    public const string PathKey = "Signing:CertificatePath";
    public const string PasswordKey = "Signing:CertificatePassword";

    /// <summary>An RFC 3161 time-stamping authority's URL: when set, every signature is timestamped there.</summary>
    public const string TimestampUrlKey = "Signing:TimestampUrl";

    /// <summary>Where the embedded default keeps its demonstration certificate, under the data folder.</summary>
    public const string DemoFile = "signing/demo-signing.p12";

    private const string OrganizationIdentifierOid = "2.5.4.97";

    /// <summary>
    /// Points <c>Signing:CertificatePath</c> at the demonstration certificate, made on first use, when the
    /// embedded default has no certificate configured; otherwise leaves the configuration as it is.
    /// </summary>
    public static void AddDemoSigningWhenEmbedded(this IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        if (!string.IsNullOrWhiteSpace(configuration[PathKey]))
        {
            return;
        }

        var database = DatabaseSettings.From(configuration);
        if (!database.IsEmbedded)
        {
            return;
        }

        var path = Path.Combine(database.DataFolder, DemoFile);
        if (!File.Exists(path))
        {
            WriteDemoCertificate(path, DateTimeOffset.UtcNow);
        }

        configuration.AddInMemoryCollection([new(PathKey, path), new(PasswordKey, null)]);
    }

    /// <summary>The URL of <c>Signing:TimestampUrl</c>, or null when it is not set.</summary>
    /// <exception cref="InvalidOperationException">It is set to something other than an http or https URL.
    /// </exception>
    public static Uri? TimestampUrl(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var text = configuration[TimestampUrlKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new InvalidOperationException(
                $"{TimestampUrlKey} is '{text}'; set it to the http or https URL of an RFC 3161 time-stamping " +
                "authority, or leave it empty to sign without timestamps.");
    }

    /// <summary>A self-signed ECDSA certificate in Sofia municipality's name, valid three years from
    /// <paramref name="now"/>, written as a PKCS#12 file without a password, readable by its owner only.</summary>
    internal static void WriteDemoCertificate(string path, DateTimeOffset now)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.AddOrganizationName("Столична община");
        subject.Add(OrganizationIdentifierOid, "NTRBG-000696327", UniversalTagNumber.UTF8String);
        subject.AddCommonName("Столична община (демонстрационен подпис)");

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(3));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(temporary, options))
        {
            file.Write(certificate.Export(X509ContentType.Pkcs12));
        }

        File.Move(temporary, path, overwrite: true);
    }
}
