using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>
/// <c>documents render TEMPLATE --data JSON --out FILE [--sign]</c>: a PDF from case data, signed on request with
/// the configured certificate; what a caller gets wrong answers with exit 64 and what to change.
/// </summary>
public sealed class DocumentsRenderCommandTests : IDisposable
{

    private const string Receipt = """
        {"unit":"Район „Младост“","registrationIndex":"СО-94-00-1234/03.12.2026","date":"03.12.2026",
         "applicant":"Мария Петрова","service":"Удостоверение за наследници",
         "documents":[{"name":"Заявление","pages":1}],"deadline":"10.12.2026"}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cli-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Render_WritesThePdf_AndExitsZero()
    {
        var file = Path.Combine(_folder, "разписка.pdf");

        var (code, output, errors) = await RunAsync("documents", "render", "receipt", "--data", Receipt, "--out", file);

        Assert.True(code == 0, errors);
        Assert.StartsWith("%PDF-", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Contains("receipt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_ReadsTheData_FromAnAtFile()
    {
        var data = Path.Combine(_folder, "data.json");
        await File.WriteAllTextAsync(data, Receipt);
        var file = Path.Combine(_folder, "receipt.pdf");

        var (code, _, errors) = await RunAsync("documents", "render", "receipt", "--data", "@" + data, "--out", file);

        Assert.True(code == 0, errors);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task BadJson_ExitsWithTheUsageCode_AndSaysWhatDataIsExpected()
    {
        var file = Path.Combine(_folder, "receipt.pdf");

        var (code, output, errors) = await RunAsync(
            "documents", "render", "receipt", "--data", "{\"unit\": ", "--out", file);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", output);
        Assert.Contains("--data must be a JSON object", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task MissingField_ExitsWithTheUsageCode_NamingTheField()
    {
        var data = JsonNode.Parse(Receipt)!.AsObject();
        data.Remove("registrationIndex");

        var (code, _, errors) = await RunAsync(
            "documents", "render", "receipt", "--data", data.ToJsonString(), "--out", Path.Combine(_folder, "r.pdf"));

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("The receipt needs 'registrationIndex'.", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("documents", "render")]
    [InlineData("documents", "render", "receipt", "--data", "{}")]
    [InlineData("documents", "render", "invoice", "--data", "{}", "--out", "x.pdf")]
    [InlineData("documents", "render", "receipt", "--data", "{}", "--out", "x.pdf", "--stamp")]
    public async Task BadCommandLines_ExplainThemselves_WithTheUsageExitCode(params string[] args)
    {
        var (code, output, errors) = await RunAsync(args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Equal("", output);
        Assert.NotEqual("", errors.Trim());
    }

    [Fact]
    public async Task Sign_WithoutACertificate_NamesTheTwoSettings()
    {
        var file = Path.Combine(_folder, "receipt.pdf");

        var (code, _, errors) = await RunAsync(
            "documents", "render", "receipt", "--data", Receipt, "--out", file, "--sign");

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("Signing:CertificatePath", errors, StringComparison.Ordinal);
        Assert.Contains("Signing:CertificatePassword", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Sign_WithTheConfiguredCertificate_GivesAPdfThatDocumentsVerifyFindsValid()
    {
        using var signing = new TestSigningFile(_folder);
        var file = Path.Combine(_folder, "signed.pdf");

        var (code, _, errors) = await RunAsync(
            Settings(signing), "documents", "render", "receipt", "--data", Receipt, "--out", file, "--sign");
        var (verified, output, _) = await RunAsync("documents", "verify", file, "--trust", signing.CaPem);

        Assert.True(code == 0, errors);
        Assert.True(verified == 0, output);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("valid", (string?)json["status"]);
        Assert.Equal(TestSigningFile.Organisation, (string?)json["signer"]!["identifier"]);
    }

    [Fact]
    public async Task Sign_WithATimestampUrl_TimestampsTheSignature_AtThatAuthority()
    {
        using var signing = new TestSigningFile(_folder);
        using var tsaCertificate = OpenSslTimestampAuthority.SelfSignedCertificate();
        using var tsa = new OpenSslTimestampAuthority(tsaCertificate);
        var file = Path.Combine(_folder, "signed.pdf");

        var (code, _, errors) = await RunAsync(Settings(signing, tsa.Serve().ToString()),
            "documents", "render", "receipt", "--data", Receipt, "--out", file, "--sign");
        Assert.True(code == 0, errors);
        var result = new SignatureVerifier(TrustAnchors.Of(signing.Root, tsaCertificate))
            .VerifyPdf(await File.ReadAllBytesAsync(file));

        Assert.Equal(1, tsa.Replies);
        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.NotNull(result.Timestamp);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/tsa", "Cannot timestamp the signature (Signing:TimestampUrl): ")]
    [InlineData("ftp://tsa.example/", "Signing:TimestampUrl is 'ftp://tsa.example/'; set it to the http or https")]
    public async Task Sign_WithATimestampAuthorityThatFails_SaysWhich_AndWritesNothing(string url, string message)
    {
        using var signing = new TestSigningFile(_folder);
        var file = Path.Combine(_folder, "signed.pdf");

        var (code, output, errors) = await RunAsync(Settings(signing, url),
            "documents", "render", "receipt", "--data", Receipt, "--out", file, "--sign");

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.StartsWith(message, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [SkippableFact]
    public async Task SignedPdf_IsValidAndTrusted_ForPdfsig()
    {
        OutsideTools.RequirePdfsig();
        using var signing = new TestSigningFile(_folder);
        var file = Path.Combine(_folder, "signed.pdf");
        var (code, _, errors) = await RunAsync(
            Settings(signing), "documents", "render", "letter", "--data", Letter(), "--out", file, "--sign");
        Assert.True(code == 0, errors);

        var (checkedCode, report) = OutsideTools.PdfsigTrusting(file, signing.CaPem, _folder);

        Assert.True(checkedCode == 0, report);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted.", report, StringComparison.Ordinal);
    }

    private static string Letter() => new JsonObject
    {
        ["unit"] = "Дирекция „Култура“",
        ["registrationIndex"] = "СО-94-00-77/03.12.2026",
        ["date"] = "03.12.2026",
        ["addressee"] = new JsonObject { ["name"] = "Иван Георгиев" },
        ["subject"] = "Покана",
        ["body"] = new JsonArray("Каним Ви на откриването.", "Очакваме Ви."),
        ["signatory"] = new JsonObject { ["name"] = "Анна Димитрова", ["position"] = "Директор" },
    }.ToJsonString();

    private static IConfiguration Settings(TestSigningFile signing, string? timestampUrl = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Signing:CertificatePath"] = signing.Pkcs12,
                ["Signing:CertificatePassword"] = TestSigningFile.Password,
                ["Signing:TimestampUrl"] = timestampUrl,
            })
            .Build();

    private static Task<(int Code, string Output, string Errors)> RunAsync(params string[] args) =>
        RunAsync(new ConfigurationBuilder().Build(), args);

    private static async Task<(int Code, string Output, string Errors)> RunAsync(
        IConfiguration settings, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter();

        var code = await CommandLine.RunAsync(args, output, errors, settings);

        return (code, output.ToString(), errors.ToString());
    }

}
