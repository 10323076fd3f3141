using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Pdf;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Cli;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>
/// <c>documents verify FILE --detached SIGNATURE --trust CA_PEM</c>: the result as JSON, exit 0 only when valid.
/// </summary>
public sealed class DocumentsVerifyCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cli-verify-").FullName;
    private readonly RSA _rootKey = RSA.Create(2048);
    private readonly X509Certificate2 _root;

    public DocumentsVerifyCommandTests()
    {
        var request = new CertificateRequest(
            "CN=Тестов удостоверител, C=BG", _rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        _root = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    public void Dispose()
    {
        _root.Dispose();
        _rootKey.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Verify_PrintsValid_WithTheSigner_AndExitsZero()
    {
        var (document, signature) = SignedDocument();

        var (code, output, _) = await RunAsync(
            "documents", "verify", document, "--detached", signature, "--trust", TrustFile());

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("valid", (string?)json["status"]);
        Assert.Empty(json["reasons"]!.AsArray());
        Assert.Equal("Мария Петрова", (string?)json["signer"]!["name"]);
        Assert.Equal("PNOBG-7501020018", (string?)json["signer"]!["identifier"]);
        var only = Assert.Single(json["signatures"]!.AsArray());
        Assert.Equal("valid", (string?)only!["status"]);
        Assert.Equal("PNOBG-7501020018", (string?)only["signer"]!["identifier"]);
    }

    [Fact]
    public async Task Verify_OfACoSignedDocument_AnswersForEachSigner()
    {
        var (document, signature) = SignedDocument();
        var cms = new SignedCms(new ContentInfo(await File.ReadAllBytesAsync(document)), detached: true);
        cms.Decode(await File.ReadAllBytesAsync(signature));
        using (var second = Signing("Иван Георгиев", "PNOBG-8001010008"))
        {
            var signer = new CmsSigner(second.Certificate);
            signer.SignedAttributes.Add(new Pkcs9SigningTime(DateTime.UtcNow));
            cms.ComputeSignature(signer);
        }

        await File.WriteAllBytesAsync(signature, cms.Encode());

        var (code, output, _) = await RunAsync(
            "documents", "verify", document, "--detached", signature, "--trust", TrustFile());

        Assert.True(code == 0, output);
        var signatures = JsonNode.Parse(output)!["signatures"]!.AsArray();
        Assert.Equal(
            ["PNOBG-7501020018", "PNOBG-8001010008"],
            signatures.Select(s => (string?)s!["signer"]!["identifier"]).Order(StringComparer.Ordinal));
        Assert.All(signatures, s => Assert.Equal("valid", (string?)s!["status"]));
    }

    [Fact]
    public async Task Verify_PrintsInvalid_AndExitsOne_WhenTheDocumentChanged()
    {
        var (document, signature) = SignedDocument();
        await File.AppendAllTextAsync(document, "добавено след подписа");

        var (code, output, _) = await RunAsync(
            "documents", "verify", document, "--detached", signature, "--trust", TrustFile());

        Assert.Equal(1, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("invalid", (string?)json["status"]);
        Assert.NotEmpty(json["reasons"]!.AsArray());
    }

    [Fact]
    public async Task Verify_PrintsIndeterminate_AndExitsTwo_WithoutATrustAnchor()
    {
        var (document, signature) = SignedDocument();

        var (code, output, _) = await RunAsync("documents", "verify", document, "--detached", signature);

        Assert.Equal(2, code);
        Assert.Equal("indeterminate", (string?)JsonNode.Parse(output)!["status"]);
    }

    [Fact]
    public async Task Verify_WithoutDetached_ReadsTheSignatureOfASignedPdf()
    {
        var pdf = new PdfLayout().WithContent(c => c.Text("Удостоверение № 42")).Render();
        using var signing = Signing();
        var file = Path.Combine(_folder, "удостоверение.pdf");
        await File.WriteAllBytesAsync(file, await new PdfSigner(signing).SignAsync(pdf));

        var (code, output, _) = await RunAsync("documents", "verify", file, "--trust", TrustFile());

        Assert.Equal(0, code);
        Assert.Equal("PNOBG-7501020018", (string?)JsonNode.Parse(output)!["signer"]!["identifier"]);
    }

    [Theory]
    [InlineData("documents", "verify")]
    [InlineData("documents", "verify", "a.pdf", "--detached")]
    [InlineData("documents", "verify", "a.pdf", "--sideways", "x")]
    public async Task BadCommandLines_ExplainThemselves_WithTheUsageExitCode(params string[] args)
    {
        var (code, output, errors) = await RunAsync(args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", output);
        Assert.NotEqual("", errors.Trim());
    }

    private (string Document, string Signature) SignedDocument()
    {
        using var signing = Signing();
        var document = Path.Combine(_folder, "заявление.txt");
        File.WriteAllText(document, "Заявление за удостоверение");
        var signature = document + ".p7s";
        File.WriteAllBytes(signature, new DetachedSigner(signing).Sign(File.ReadAllBytes(document)));
        return (document, signature);
    }

    private SigningCertificate Signing(
        string name = "Мария Петрова", string identifier = "PNOBG-7501020018")
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("BG");
        subject.Add("2.5.4.5", identifier, UniversalTagNumber.PrintableString);
        subject.AddCommonName(name);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        byte[] serial = [0x01, .. RandomNumberGenerator.GetBytes(7)];
        using var issued = request.Create(
            _root, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), serial);
        return SigningCertificate.From(issued.CopyWithPrivateKey(key));
    }

    private string TrustFile()
    {
        var path = Path.Combine(_folder, "ca.pem");
        File.WriteAllText(path, _root.ExportCertificatePem(), Encoding.ASCII);
        return path;
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter();

        var code = await CommandLine.RunAsync(args, output, errors);

        return (code, output.ToString(), errors.ToString());
    }
}
