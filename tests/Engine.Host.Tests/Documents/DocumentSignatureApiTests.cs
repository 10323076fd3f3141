using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Pdf;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Tests.Cli;
using CaseSystem.Host.Tests.Portal;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>
/// What a citizen sends, verified through the documents API: a signed PDF on its own, any document against its
/// .p7s, with the certificate authorities of <c>Signing:TrustAnchors</c>.
/// </summary>
public sealed class DocumentSignatureApiTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casesystem-signature-api-").FullName;
    private readonly TestSigningFile _signing;
    private readonly HostFactory _trusting;

    public DocumentSignatureApiTests()
    {
        _signing = new TestSigningFile(_folder);
        _trusting = new HostFactory(new Dictionary<string, string?> { ["Signing:TrustAnchors:0"] = _signing.CaPem });
    }

    [Fact]
    public async Task A_signed_pdf_is_valid_with_its_signer_when_its_authority_is_trusted()
    {
        using var client = _trusting.CreateApiClient();
        var pdf = await SignedPdfAsync();
        var uploaded = await DocumentCalls.UploadRawAsync(client, NewCase(), pdf, "заявление.pdf");

        var result = await client.GetFromJsonAsync<JsonObject>($"/api/documents/{uploaded["id"]}/signature");

        Assert.Equal("valid", (string?)result!["status"]);
        Assert.Equal(TestSigningFile.Organisation, (string?)result["signer"]!["identifier"]);
    }

    [Fact]
    public async Task Without_trust_anchors_the_same_pdf_is_indeterminate_and_says_why()
    {
        await using var untrusting = new HostFactory();
        using var client = untrusting.CreateApiClient();
        var uploaded = await DocumentCalls.UploadRawAsync(client, NewCase(), await SignedPdfAsync(), "a.pdf");

        var result = await client.GetFromJsonAsync<JsonObject>($"/api/documents/{uploaded["id"]}/signature");

        Assert.Equal("indeterminate", (string?)result!["status"]);
        Assert.NotEmpty(result["reasons"]!.AsArray());
    }

    [Fact]
    public async Task A_document_is_checked_against_its_detached_signature_and_a_changed_one_fails()
    {
        using var client = _trusting.CreateApiClient();
        var caseId = NewCase();
        var original = Pdf("Заявление № 42");
        using var certificate = SigningCertificate.Load(_signing.Pkcs12, TestSigningFile.Password);
        var p7s = new DetachedSigner(certificate).Sign(original);
        var signed = await DocumentCalls.UploadRawAsync(client, caseId, original, "заявление.pdf");
        var changed = await DocumentCalls.UploadRawAsync(client, caseId, Pdf("Заявление № 43"), "заявление-2.pdf");
        var signature = await DocumentCalls.UploadRawAsync(client, caseId, p7s, "заявление.pdf.p7s");

        var valid = await client.GetFromJsonAsync<JsonObject>(
            $"/api/documents/{signed["id"]}/signature?detached={signature["id"]}");
        var invalid = await client.GetFromJsonAsync<JsonObject>(
            $"/api/documents/{changed["id"]}/signature?detached={signature["id"]}");

        Assert.Equal("valid", (string?)valid!["status"]);
        Assert.Equal("invalid", (string?)invalid!["status"]);
        Assert.Contains(invalid["reasons"]!.AsArray(),
            r => ((string?)r)!.Contains("does not match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_cannot_be_verified_is_refused_saying_what_to_send()
    {
        using var client = _trusting.CreateApiClient();
        var caseId = NewCase();
        var unsigned = await DocumentCalls.UploadRawAsync(client, caseId, Pdf("Без подпис"), "a.pdf");
        var p7s = await DocumentCalls.UploadRawAsync(client, caseId, await DetachedAsync(), "a.p7s");
        var elsewhere = await DocumentCalls.UploadRawAsync(client, NewCase(), await DetachedAsync(), "b.p7s");

        using var notPdf = await client.GetAsync($"/api/documents/{p7s["id"]}/signature");
        using var notSignature = await client.GetAsync(
            $"/api/documents/{p7s["id"]}/signature?detached={unsigned["id"]}");
        using var otherCase = await client.GetAsync(
            $"/api/documents/{unsigned["id"]}/signature?detached={elsewhere["id"]}");
        var unsignedPdf = await client.GetFromJsonAsync<JsonObject>($"/api/documents/{unsigned["id"]}/signature");

        await AssertProblemAsync(notPdf, "?detached=");
        await AssertProblemAsync(notSignature, ".p7s");
        await AssertProblemAsync(otherCase, "same case");
        Assert.NotEqual("valid", (string?)unsignedPdf!["status"]);
    }

    [Fact]
    public async Task A_citizen_cannot_verify_another_persons_document()
    {
        using var client = _trusting.CreateApiClient();
        var uploaded = await DocumentCalls.UploadRawAsync(client, NewCase(), await SignedPdfAsync(), "a.pdf");
        using var citizen = await _trusting.SignUpAsync(Citizens.NewEmail("stranger"));

        using var response = await citizen.GetAsync($"/api/documents/{uploaded["id"]}/signature");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        _trusting.Dispose();
        _signing.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string advice)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(advice, body, StringComparison.Ordinal);
    }

    private async Task<byte[]> SignedPdfAsync()
    {
        using var certificate = SigningCertificate.Load(_signing.Pkcs12, TestSigningFile.Password);
        return await new PdfSigner(certificate).SignAsync(Pdf("Заявление за удостоверение"));
    }

    private async Task<byte[]> DetachedAsync()
    {
        using var certificate = SigningCertificate.Load(_signing.Pkcs12, TestSigningFile.Password);
        return await Task.FromResult(new DetachedSigner(certificate).Sign(Pdf("Друго")));
    }

    private static byte[] Pdf(string text) => new PdfLayout().WithContent(c => c.Text(text)).Render();

    private static string NewCase() => "СО-" + Guid.NewGuid().ToString("N")[..8];
}
