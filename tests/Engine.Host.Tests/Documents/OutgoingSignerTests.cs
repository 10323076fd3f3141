using System.Security.Cryptography.X509Certificates;
using CaseSystem.DocumentStore.Pdf;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Documents;
using CaseSystem.Host.Tests.Cli;
using Microsoft.Extensions.Configuration;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>
/// Receipts are signed with the municipality's certificate and timestamped when an authority is configured; while
/// the authority is down they still go out signed, without a timestamp.
/// </summary>
public sealed class OutgoingSignerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outgoing-").FullName;
    private readonly TestSigningFile _signing;
    private readonly X509Certificate2 _tsa = OpenSslTimestampAuthority.SelfSignedCertificate();

    public OutgoingSignerTests() => _signing = new TestSigningFile(_folder);

    public void Dispose()
    {
        _tsa.Dispose();
        _signing.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_receipt_is_signed_and_timestamped_by_the_configured_authority()
    {
        using var authority = new OpenSslTimestampAuthority(_tsa);
        using var http = new HttpClient();
        using var signer = Signer(new HttpTimestampAuthority(http, authority.Serve()));

        var result = Verify(await signer.SignAsync(Receipt()));

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.NotNull(result.Timestamp);
        Assert.Equal(1, authority.Replies);
    }

    [Fact]
    public async Task While_the_authority_is_down_a_receipt_still_goes_out_signed_without_a_timestamp()
    {
        using var http = new HttpClient();
        using var signer = Signer(new HttpTimestampAuthority(http, new Uri($"http://127.0.0.1:{Ports.Unused()}/")));

        var result = Verify(await signer.SignAsync(Receipt()));

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Null(result.Timestamp);
        Assert.Equal(TestSigningFile.Organisation, result.Signer!.Identifier);
    }

    private OutgoingSigner Signer(ITimestampAuthority timestamps) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [MunicipalSigning.PathKey] = _signing.Pkcs12,
            [MunicipalSigning.PasswordKey] = TestSigningFile.Password,
        }).Build(),
        TimeProvider.System,
        timestamps);

    private SignatureVerification Verify(byte[] pdf) =>
        new SignatureVerifier(TrustAnchors.Of(_signing.Root, _tsa)).VerifyPdf(pdf);

    private static byte[] Receipt() =>
        new PdfLayout().WithContent(c => c.Text("Входящ № СОА26-ВХ-57")).Render();
}
