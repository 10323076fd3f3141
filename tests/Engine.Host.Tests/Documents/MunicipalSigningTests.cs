using System.Text;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Documents;
using CaseSystem.Host.Tests.Cli;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>One signing setting for what the municipality signs, and the embedded default's demonstration
/// certificate when none is configured.</summary>
public sealed class MunicipalSigningTests
{
    private static readonly byte[] Letter = Encoding.UTF8.GetBytes("Отговор по сигнал СОА26-ВХ-1/04.12.2026");

    [Fact]
    public async Task The_embedded_default_signs_letters_with_a_demonstration_certificate_it_keeps()
    {
        string path;
        string thumbprint;
        await using (var factory = new HostFactory())
        {
            path = LetterCertificate(factory);
            Assert.Equal(Path.Combine(factory.DataFolder, MunicipalSigning.DemoFile), path);

            using var signing = SigningCertificate.Load(path, null);
            thumbprint = signing.Certificate.Thumbprint;
            var signature = new DetachedSigner(signing).Sign(Letter);
            var result = new SignatureVerifier(TrustAnchors.Of(signing.Certificate)).VerifyDetached(Letter, signature);

            Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
            Assert.Equal("NTRBG-000696327", result.Signer!.Identifier);
            Assert.Contains("Столична община", result.Signer.Name, StringComparison.Ordinal);

            // A second host on the same data folder keeps the certificate rather than making another.
            await using var again = new HostFactory(new Dictionary<string, string?> { ["data"] = factory.DataFolder });
            Assert.Equal(path, LetterCertificate(again));
            using var kept = SigningCertificate.Load(path, null);
            Assert.Equal(thumbprint, kept.Certificate.Thumbprint);
        }
    }

    [Fact]
    public async Task A_signals_receipt_goes_out_signed_with_the_municipal_certificate()
    {
        await using var factory = new HostFactory();
        using var visitor = factory.Browser();

        var filed = await visitor.FileAsync();
        var receipt = await visitor.GetByteArrayAsync(filed.ReceiptUrl);

        using var signing = SigningCertificate.Load(LetterCertificate(factory), null);
        var result = new SignatureVerifier(TrustAnchors.Of(signing.Certificate)).VerifyPdf(receipt);
        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal("NTRBG-000696327", result.Signer!.Identifier);
    }

    [Fact]
    public async Task With_a_timestamp_url_a_receipt_carries_the_authoritys_timestamp()
    {
        using var tsaCertificate = OpenSslTimestampAuthority.SelfSignedCertificate();
        using var authority = new OpenSslTimestampAuthority(tsaCertificate);
        await using var factory = new HostFactory(new Dictionary<string, string?>
        {
            [MunicipalSigning.TimestampUrlKey] = authority.Serve().ToString(),
        });
        using var visitor = factory.Browser();

        var filed = await visitor.FileAsync();
        var receipt = await visitor.GetByteArrayAsync(filed.ReceiptUrl);

        using var signing = SigningCertificate.Load(LetterCertificate(factory), null);
        var result = new SignatureVerifier(TrustAnchors.Of(signing.Certificate, tsaCertificate)).VerifyPdf(receipt);
        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.NotNull(result.Timestamp);
        Assert.Equal(1, authority.Replies);
    }

    [Fact]
    public async Task A_timestamp_url_that_is_not_http_stops_the_host_naming_the_setting()
    {
        await using var factory = new HostFactory(new Dictionary<string, string?>
        {
            [MunicipalSigning.TimestampUrlKey] = "tsa.example.bg",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("Signing:TimestampUrl is 'tsa.example.bg'; set it to the http or https URL", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_certificate_signs_the_letters_and_no_demonstration_one_is_made()
    {
        var folder = Directory.CreateTempSubdirectory("casesystem-signing-").FullName;
        try
        {
            using var signing = new TestSigningFile(folder);
            await using var factory = new HostFactory(new Dictionary<string, string?>
            {
                [MunicipalSigning.PathKey] = signing.Pkcs12,
                [MunicipalSigning.PasswordKey] = TestSigningFile.Password,
            });

            var letter = factory.Services.GetRequiredService<IOptions<SignalOptions>>().Value.Letter;

            Assert.Equal(
                (signing.Pkcs12, TestSigningFile.Password), (letter.CertificatePath, letter.CertificatePassword));
            Assert.False(File.Exists(Path.Combine(factory.DataFolder, MunicipalSigning.DemoFile)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_host_on_PostgreSQL_makes_no_demonstration_certificate()
    {
        var data = Directory.CreateTempSubdirectory("casesystem-signing-").FullName;
        try
        {
            var settings = new ConfigurationManager();
            settings.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["data"] = data,
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Workflows"] = "Host=127.0.0.1;Username=postgres",
            });

            settings.AddDemoSigningWhenEmbedded();

            Assert.Null(settings[MunicipalSigning.PathKey]);
            Assert.False(File.Exists(Path.Combine(data, MunicipalSigning.DemoFile)));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static string LetterCertificate(HostFactory factory) =>
        factory.Services.GetRequiredService<IOptions<SignalOptions>>().Value.Letter.CertificatePath!;
}
