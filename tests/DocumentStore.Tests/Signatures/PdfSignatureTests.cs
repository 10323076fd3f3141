using System.Diagnostics;
using System.Text;
using CaseSystem.DocumentStore.Pdf;
using CaseSystem.DocumentStore.Signatures;
using PdfSharp.Drawing;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// Signed PDFs: what we sign verifies here and in <c>pdfsig</c> (poppler), which trusts the test CA through an NSS
/// database; a changed byte inside the signed ranges is refused.
/// </summary>
public sealed class PdfSignatureTests : IDisposable
{
    private const string Pdfsig = "/usr/bin/pdfsig";
    private const string Certutil = "/usr/bin/certutil";

    private readonly string _folder = Directory.CreateTempSubdirectory("pdf-signatures-").FullName;
    private readonly TestAuthority _authority = new();

    public void Dispose()
    {
        _authority.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task SignedPdf_IsValidHere_WithTheMunicipalityAsSigner()
    {
        var signed = await SignAsync(Certificate());

        var result = Verifier().VerifyPdf(signed);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal(TestAuthority.CompanyIdentifier, result.Signer!.Identifier);
    }

    [Fact]
    public async Task SignedPdf_WithAVisibleStamp_IsValidHere()
    {
        var stamp = new PdfSignatureAppearance { Reason = "Издаден документ", Stamp = new XRect(350, 40, 200, 60) };

        var signed = await SignAsync(Certificate(), stamp);

        Assert.Equal(SignatureStatus.Valid, Verifier().VerifyPdf(signed).Status);
    }

    [Fact]
    public async Task SignedPdf_WithAChangedByte_IsInvalid()
    {
        var signed = await SignAsync(Certificate());
        var at = Encoding.ASCII.GetString(signed).IndexOf("/Title", StringComparison.Ordinal);
        signed[at + 1] = (byte)'t';

        var result = Verifier().VerifyPdf(signed);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("does not match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignedPdf_WithBytesAppended_IsNotValid()
    {
        var signed = await SignAsync(Certificate());

        var result = Verifier().VerifyPdf([.. signed, .. "\n% добавено\n"u8]);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("whole file", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsignedPdf_IsInvalid()
    {
        var result = Verifier().VerifyPdf(Certificate());

        Assert.Equal(SignatureStatus.Invalid, result.Status);
    }

    [SkippableFact]
    public async Task SignedPdf_IsValidAndTrusted_ForPdfsig()
    {
        Skip.IfNot(File.Exists(Pdfsig), "pdfsig (poppler-utils) is not installed; .ci/run installs it");
        Skip.IfNot(File.Exists(Certutil), "certutil (libnss3-tools) is not installed; .ci/run installs it");
        var file = Path.Combine(_folder, "certificate.pdf");
        await File.WriteAllBytesAsync(file, await SignAsync(Certificate()));
        var nss = Directory.CreateDirectory(Path.Combine(_folder, "nss")).FullName;
        var ca = Path.Combine(_folder, "ca.pem");
        await File.WriteAllTextAsync(ca, _authority.RootPem);
        Assert.Equal(0, Run(Certutil, "-N", "-d", $"sql:{nss}", "--empty-password").Code);
        Assert.Equal(0, Run(Certutil, "-A", "-d", $"sql:{nss}", "-n", "test-ca", "-t", "CT,C,C", "-i", ca).Code);

        var (code, output) = Run(Pdfsig, "-nssdir", $"sql:{nss}", file);

        Assert.True(code == 0, output);
        Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted.", output, StringComparison.Ordinal);
    }

    private SignatureVerifier Verifier() => new(TrustAnchors.Of(_authority.Root));

    private async Task<byte[]> SignAsync(byte[] pdf, PdfSignatureAppearance? appearance = null)
    {
        using var signing = SigningCertificate.From(_authority.IssueCompany());
        return await new PdfSigner(signing).SignAsync(pdf, appearance);
    }

    private static byte[] Certificate() => new PdfLayout()
        .WithTitle("Удостоверение № 42")
        .WithContent(c => c.Text("Столична община удостоверява, че Мария Петрова няма задължения."))
        .Render();

    private static (int Code, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
