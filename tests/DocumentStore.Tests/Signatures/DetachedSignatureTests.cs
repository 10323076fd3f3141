using System.Security.Cryptography.X509Certificates;
using System.Text;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// Detached CMS (<c>.p7s</c>): what we sign, <c>openssl cms -verify</c> accepts; what <c>openssl cms -sign</c> signs
/// with the test CA, we accept; changed documents, unknown roots and unfit certificates are refused with a reason.
/// </summary>
public sealed class DetachedSignatureTests : IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("Заявление за удостоверение № 42\n");

    private readonly string _folder = Directory.CreateTempSubdirectory("signatures-").FullName;
    private readonly TestAuthority _authority = new();

    public void Dispose()
    {
        _authority.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void OurSignature_IsValid_AndNamesThePerson()
    {
        using var person = _authority.IssuePerson();
        var signature = Sign(person, Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Valid, result.Status);
        Assert.Empty(result.Reasons);
        Assert.Equal("Мария Иванова Петрова", result.Signer!.Name);
        Assert.Equal(TestAuthority.PersonIdentifier, result.Signer.Identifier);
        Assert.NotNull(result.SigningTime);
    }

    [Fact]
    public void OurSignature_NamesTheCompany_ByItsOrganizationIdentifier()
    {
        using var company = _authority.IssueCompany();
        var signature = Sign(company, Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Valid, result.Status);
        Assert.Equal("Столична община", result.Signer!.Name);
        Assert.Equal(TestAuthority.CompanyIdentifier, result.Signer.Identifier);
        Assert.Equal(TestAuthority.CompanyIdentifier, result.Signer.OrganizationIdentifier);
    }

    [Fact]
    public void OurSignature_IsAcceptedBy_OpenSslCmsVerify()
    {
        using var person = _authority.IssuePerson();
        var document = Write("document.txt", Document);
        var signature = Write("document.txt.p7s", Sign(person, Document));
        var ca = Write("ca.pem", Encoding.ASCII.GetBytes(_authority.RootPem));

        var (code, output) = OpenSsl.Run("cms", "-verify", "-binary", "-inform", "DER", "-in", signature,
            "-content", document, "-CAfile", ca, "-out", Path.Combine(_folder, "out"));

        Assert.True(code == 0, output);
        Assert.Contains("Verification successful", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenSslCmsSign_WithTheTestCa_IsValidHere_WithTheRightSigner()
    {
        using var person = _authority.IssuePerson();
        var signature = OpenSslSign(person);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal(TestAuthority.PersonIdentifier, result.Signer!.Identifier);
        Assert.Equal("Мария Иванова Петрова", result.Signer.Name);
    }

    [Fact]
    public void OpenSslCmsSign_ByTwoSigners_IsValid_AndAnswersForEach()
    {
        using var person = _authority.IssuePerson();
        using var company = _authority.IssueCompany();
        var signature = OpenSslSign(person, company);

        var result = Verifier().VerifyDetached(Document, signature);

        // CMS keeps its signers as a DER set, ordered by their encoding rather than by who signed first.
        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal(
            [TestAuthority.CompanyIdentifier, TestAuthority.PersonIdentifier],
            result.Signatures.Select(s => s.Signer!.Identifier).Order(StringComparer.Ordinal));
        Assert.All(result.Signatures, s => Assert.Equal(SignatureStatus.Valid, s.Status));
        Assert.Equal(result.Signatures[0].Signer, result.Signer);
    }

    [Fact]
    public void CoSignerFromAnUnknownAuthority_MakesTheWholeIndeterminate_AndIsNamedInTheReason()
    {
        using var person = _authority.IssuePerson();
        using var stranger = new TestAuthority("Непознат удостоверител");
        using var company = stranger.IssueCompany("Фирма ЕООД");
        var signature = OpenSslSign(person, company);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        var byName = result.Signatures.ToDictionary(s => s.Signer!.Name);
        Assert.Equal(SignatureStatus.Valid, byName["Мария Иванова Петрова"].Status);
        Assert.Equal(SignatureStatus.Indeterminate, byName["Фирма ЕООД"].Status);
        Assert.Contains(result.Reasons, r => r.Contains(" of 2 (Фирма ЕООД): ", StringComparison.Ordinal)
            && r.Contains("trust anchor", StringComparison.Ordinal));
        Assert.DoesNotContain(
            result.Reasons, r => r.Contains("(Мария Иванова Петрова)", StringComparison.Ordinal));
    }

    [Fact]
    public void OneTamperedDocument_IsInvalid_ForEverySigner()
    {
        using var person = _authority.IssuePerson();
        using var company = _authority.IssueCompany();
        var signature = OpenSslSign(person, company);

        var changed = Encoding.UTF8.GetBytes("Заявление за удостоверение № 43\n");

        var result = Verifier().VerifyDetached(changed, signature);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.All(result.Signatures, s => Assert.Equal(SignatureStatus.Invalid, s.Status));
    }

    [Fact]
    public void OpenSslCmsSign_Tampered_IsInvalid_BecauseItDoesNotMatch()
    {
        using var person = _authority.IssuePerson();
        var signature = OpenSslSign(person);

        // One changed character of the document, then one changed bit of the signature value (DER ends with it).
        var changedDocument = Encoding.UTF8.GetBytes("Заявление за удостоверение № 43\n");
        var changedSignature = (byte[])signature.Clone();
        changedSignature[^1] ^= 0x01;

        foreach (var (content, cms) in new[] { (changedDocument, signature), (Document, changedSignature) })
        {
            var result = Verifier().VerifyDetached(content, cms);

            Assert.Equal(SignatureStatus.Invalid, result.Status);
            Assert.Contains(result.Reasons, r => r.Contains("does not match", StringComparison.Ordinal));
            Assert.Equal(TestAuthority.PersonIdentifier, result.Signer!.Identifier);
        }
    }

    [Fact]
    public void ChangedDocument_IsInvalid_BecauseItDoesNotMatch()
    {
        using var person = _authority.IssuePerson();
        var signature = Sign(person, Document);
        var changed = Encoding.UTF8.GetBytes("Заявление за удостоверение № 43\n");

        var result = Verifier().VerifyDetached(changed, signature);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("does not match", StringComparison.Ordinal));
        Assert.Equal(TestAuthority.PersonIdentifier, result.Signer!.Identifier);
    }

    [Fact]
    public void SignatureFromAnUnknownAuthority_IsIndeterminate_BecauseNoTrustAnchorIsReached()
    {
        using var stranger = new TestAuthority("Непознат удостоверител");
        using var person = stranger.IssuePerson();
        var signature = Sign(person, Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("trust anchor", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenSslSignature_ByAnUnknownAuthority_IsIndeterminate()
    {
        using var stranger = new TestAuthority("Непознат удостоверител");
        using var person = stranger.IssuePerson();
        var signature = OpenSslSign(person);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("trust anchor", StringComparison.Ordinal));
    }

    [Fact]
    public void SigningAfterTheCertificateExpired_IsInvalid()
    {
        var now = DateTimeOffset.UtcNow;
        using var person = _authority.IssuePerson(notBefore: now.AddYears(-2), notAfter: now.AddDays(-30));
        using var signing = SigningCertificate.From(person);
        var signature = new DetachedSigner(signing, new FixedTime(now.AddDays(-1))).Sign(Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("had expired at the signing time", StringComparison.Ordinal));
    }

    [Fact]
    public void CertificateExpiredSinceSigning_IsIndeterminate_WithoutATimestamp()
    {
        var now = DateTimeOffset.UtcNow;
        using var person = _authority.IssuePerson(notBefore: now.AddYears(-2), notAfter: now.AddDays(-30));
        using var signing = SigningCertificate.From(person);
        var signature = new DetachedSigner(signing, new FixedTime(now.AddDays(-60))).Sign(Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("no timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void SigningTimeInTheFuture_IsIndeterminate()
    {
        using var person = _authority.IssuePerson();
        using var signing = SigningCertificate.From(person);
        var signature = new DetachedSigner(signing, new FixedTime(DateTimeOffset.UtcNow.AddDays(1))).Sign(Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons,
            r => r.Contains("later than the time of verification", StringComparison.Ordinal));
    }

    [Fact]
    public void OneVerifier_VerifiesMany_WithTheSameTrustAnchors()
    {
        using var person = _authority.IssuePerson();
        var signature = Sign(person, Document);
        var verifier = Verifier();

        var results = Enumerable.Range(0, 3).Select(_ => verifier.VerifyDetached(Document, signature)).ToList();

        Assert.All(results, r => Assert.Equal(SignatureStatus.Valid, r.Status));
    }

    [Fact]
    public void CertificateForEncryptionOnly_IsInvalid_ByItsKeyUsage()
    {
        using var person = _authority.IssuePerson(usage: X509KeyUsageFlags.KeyEncipherment);
        var signature = Sign(person, Document);

        var result = Verifier().VerifyDetached(Document, signature);

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("key usage", StringComparison.Ordinal));
    }

    [Fact]
    public void SomethingThatIsNotCms_IsInvalid()
    {
        var result = Verifier().VerifyDetached(Document, Encoding.ASCII.GetBytes("not a signature"));

        Assert.Equal(SignatureStatus.Invalid, result.Status);
        Assert.Null(result.Signer);
    }

    [Fact]
    public void SigningCertificate_LoadsFromPkcs12_WithItsPassword()
    {
        using var person = _authority.IssuePerson();
        var file = Write("signer.p12", person.Export(X509ContentType.Pkcs12, "парола"));

        using var loaded = SigningCertificate.Load(file, "парола");
        var signature = new DetachedSigner(loaded).Sign(Document);

        Assert.Equal(SignatureStatus.Valid, Verifier().VerifyDetached(Document, signature).Status);
    }

    /// <summary><see cref="Document"/> signed by <c>openssl cms -sign</c> as each of <paramref name="signers"/>, in
    /// their order: a detached DER signature.</summary>
    private byte[] OpenSslSign(params X509Certificate2[] signers)
    {
        var document = Write("document.txt", Document);
        var signature = Path.Combine(_folder, "document.txt.p7s");
        string[] arguments =
        [
            "cms", "-sign", "-binary", "-outform", "DER", "-md", "sha256", "-in", document, "-out", signature,
            .. signers.SelectMany(s => new[] { "-signer", WriteCertificate(s), "-inkey", WriteKey(s) }),
        ];
        var (code, output) = OpenSsl.Run(arguments);
        Assert.True(code == 0, output);
        return File.ReadAllBytes(signature);
    }

    private SignatureVerifier Verifier() => new(TrustAnchors.Of(_authority.Root));

    private static byte[] Sign(X509Certificate2 certificate, byte[] content)
    {
        using var signing = SigningCertificate.From(certificate);
        return new DetachedSigner(signing).Sign(content);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteCertificate(X509Certificate2 certificate) =>
        Write($"{certificate.SerialNumber}.pem", Encoding.ASCII.GetBytes(certificate.ExportCertificatePem()));

    private string WriteKey(X509Certificate2 certificate) =>
        Write($"{certificate.SerialNumber}.key", Encoding.ASCII.GetBytes(certificate.GetRSAPrivateKey()!
            .ExportPkcs8PrivateKeyPem()));
}
