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
    public async Task CoSignedPdf_AnswersForEachSignature_InTheOrderTheySigned()
    {
        using var person = SigningCertificate.From(_authority.IssuePerson());
        var signed = IncrementalCoSigner.Sign(await SignAsync(Certificate()), person);

        var result = Verifier().VerifyPdf(signed);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal([TestAuthority.CompanyIdentifier, TestAuthority.PersonIdentifier],
            result.Signatures.Select(s => s.Signer!.Identifier));
        Assert.All(result.Signatures, s => Assert.Equal(SignatureStatus.Valid, s.Status));
        Assert.Equal(TestAuthority.CompanyIdentifier, result.Signer!.Identifier);
        Assert.Contains(
            result.Signatures[0].Reasons, r => r.Contains("the revision it signed", StringComparison.Ordinal));
        Assert.Empty(result.Signatures[1].Reasons);
    }

    [Fact]
    public async Task CoSignedPdf_ChangedAfterTheFirstSignature_KeepsItValid_AndTheFileInvalid()
    {
        using var person = SigningCertificate.From(_authority.IssuePerson());
        var original = await SignAsync(Certificate());
        var signed = IncrementalCoSigner.Sign(original, person);
        var at = Encoding.Latin1.GetString(signed).IndexOf("(Co-signature)", original.Length, StringComparison.Ordinal);
        signed[at + 1] = (byte)'c';

        var result = Verifier().VerifyPdf(signed);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Equal([SignatureStatus.Valid, SignatureStatus.Invalid], result.Signatures.Select(s => s.Status));
        Assert.Contains(result.Reasons, r => r.StartsWith(
            "Signature 2 of 2 (Мария Иванова Петрова): The document does not match",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task CoSignedPdf_ChangedInTheFirstRevision_IsInvalidForBoth()
    {
        using var person = SigningCertificate.From(_authority.IssuePerson());
        var signed = IncrementalCoSigner.Sign(await SignAsync(Certificate()), person);
        var at = Encoding.ASCII.GetString(signed).IndexOf("/Title", StringComparison.Ordinal);
        signed[at + 1] = (byte)'t';

        var result = Verifier().VerifyPdf(signed);

        Assert.Equal([SignatureStatus.Invalid, SignatureStatus.Invalid], result.Signatures.Select(s => s.Status));
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
        var output = await PdfsigAsync(await SignAsync(Certificate()));

        Assert.Contains("Signature is Valid.", output, StringComparison.Ordinal);
        Assert.Contains("Certificate is Trusted.", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task CoSignedPdf_HasTwoValidSignatures_ForPdfsig()
    {
        using var person = SigningCertificate.From(_authority.IssuePerson());

        var output = await PdfsigAsync(IncrementalCoSigner.Sign(await SignAsync(Certificate()), person));

        Assert.Contains("Signature #2", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("Signature is Valid.").Length - 1);
        Assert.Equal(2, output.Split("Certificate is Trusted.").Length - 1);
        Assert.Contains("Мария Иванова Петрова", output, StringComparison.Ordinal);
    }

    /// <summary>What <c>pdfsig</c> says of <paramref name="pdf"/>, trusting the test CA through an NSS database.
    /// </summary>
    private async Task<string> PdfsigAsync(byte[] pdf)
    {
        OutsideTools.RequirePdfsig();
        var file = Path.Combine(_folder, "certificate.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var ca = Path.Combine(_folder, "ca.pem");
        await File.WriteAllTextAsync(ca, _authority.RootPem);

        var (code, output) = OutsideTools.PdfsigTrusting(file, ca, _folder);

        Assert.True(code == 0, output);
        return output;
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

}
