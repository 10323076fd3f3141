using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CaseSystem.DocumentStore.Pdf;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// RFC 3161 timestamps over signatures, made by <c>openssl ts</c> as a time-stamping authority: one that can be
/// relied on proves the signature existed before its certificate expired; one that cannot is set aside, saying why.
/// </summary>
public sealed class TimestampTests : IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("Заявление № 42\n");

    private readonly TestAuthority _authority = new();
    private readonly X509Certificate2 _tsaCertificate;
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    public TimestampTests() => _tsaCertificate = _authority.IssueTimestampAuthority();

    public void Dispose()
    {
        _tsaCertificate.Dispose();
        _authority.Dispose();
    }

    [Fact]
    public void A_timestamp_from_before_expiry_keeps_the_signature_valid_once_the_certificate_has_expired()
    {
        using var person = _authority.IssuePerson(notBefore: _now.AddYears(-1), notAfter: _now.AddDays(1));
        var signature = Sign(person, _now);
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        var stamped = tsa.Stamp(Document, signature);
        var aMonthLater = VerifierAt(_now.AddDays(30));

        var result = aMonthLater.VerifyDetached(Document, stamped);
        var unstamped = aMonthLater.VerifyDetached(Document, signature);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Empty(result.Reasons);
        Assert.InRange(result.Timestamp!.Value, _now.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(SignatureStatus.Indeterminate, unstamped.Status);
        Assert.Contains(unstamped.Reasons, r => r.Contains("no timestamp proves", StringComparison.Ordinal));
        Assert.Null(unstamped.Timestamp);
    }

    [Fact]
    public void A_timestamped_signature_is_valid_today_and_still_accepted_by_openssl_cms_verify()
    {
        using var person = _authority.IssuePerson();
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        var stamped = tsa.Stamp(Document, Sign(person, _now));
        using var folder = new TemporaryFolder();

        var result = VerifierAt(DateTimeOffset.UtcNow).VerifyDetached(Document, stamped);
        var output = OutsideTools.Succeed("openssl", "cms", "-verify", "-binary", "-inform", "DER",
            "-in", folder.Write("document.txt.p7s", stamped), "-content", folder.Write("document.txt", Document),
            "-CAfile", folder.Write("ca.pem", Encoding.ASCII.GetBytes(_authority.RootPem)),
            "-out", Path.Combine(folder.Path, "out"));

        Assert.Equal(SignatureStatus.Valid, result.Status);
        Assert.NotNull(result.Timestamp);
        Assert.Contains("Verification successful", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timestamp_from_an_authority_without_a_trust_anchor_is_set_aside()
    {
        using var person = _authority.IssuePerson(notBefore: _now.AddYears(-1), notAfter: _now.AddDays(1));
        using var stranger = new TestAuthority("Непознат удостоверител");
        using var strangerTsa = stranger.IssueTimestampAuthority();
        using var tsa = new OpenSslTimestampAuthority(strangerTsa);
        var stamped = tsa.Stamp(Document, Sign(person, _now));

        var result = VerifierAt(_now.AddDays(30)).VerifyDetached(Document, stamped);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Null(result.Timestamp);
        Assert.Contains(result.Reasons, r => r.StartsWith(
            "The signature's timestamp was set aside for its authority's certificate: ", StringComparison.Ordinal)
            && r.Contains("trust anchor", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Contains("no timestamp proves", StringComparison.Ordinal));
    }

    [Fact]
    public void A_timestamp_taken_from_another_signature_is_set_aside()
    {
        using var person = _authority.IssuePerson();
        using var colleague = _authority.IssuePerson("Иван Георгиев");
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        var other = Encoding.UTF8.GetBytes("Друго заявление\n");
        var stampedOther = tsa.Stamp(other, Sign(colleague, _now, other));
        var signature = new SignedCms(new ContentInfo(Document), detached: true);
        signature.Decode(Sign(person, _now));
        SignatureTimestamp.Add(signature, 0, TokenOf(other, stampedOther));

        var result = VerifierAt(DateTimeOffset.UtcNow).VerifyDetached(Document, signature.Encode());

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Null(result.Timestamp);
        Assert.Contains(result.Reasons, r => r.Contains("timestamp is not over this signature",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_signing_time_claimed_after_the_timestamp_is_indeterminate()
    {
        using var person = _authority.IssuePerson();
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        var stamped = tsa.Stamp(Document, Sign(person, _now.AddHours(1)));

        var result = VerifierAt(_now.AddHours(2)).VerifyDetached(Document, stamped);

        Assert.Equal(SignatureStatus.Indeterminate, result.Status);
        Assert.Contains(result.Reasons, r => r.Contains("is later than the timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_signer_of_a_co_signed_file_is_stamped_and_checked()
    {
        using var person = _authority.IssuePerson();
        using var company = _authority.IssueCompany();
        var cms = new SignedCms(new ContentInfo(Document), detached: true);
        cms.Decode(Sign(person, _now));
        using (var second = SigningCertificate.From(company))
        {
            cms.ComputeSignature(new CmsSigner(second.Certificate)
            {
                SignedAttributes = { new Pkcs9SigningTime(_now.UtcDateTime) },
            });
        }

        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        var stamped = tsa.Stamp(Document, cms.Encode());

        var result = VerifierAt(DateTimeOffset.UtcNow).VerifyDetached(Document, stamped);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.Equal(2, result.Signatures.Count);
        Assert.All(result.Signatures, s => Assert.NotNull(s.Timestamp));
    }

    [Fact]
    public async Task Our_signature_is_timestamped_by_an_authority_over_http_and_outlives_its_certificate()
    {
        using var person = _authority.IssuePerson(notBefore: _now.AddYears(-1), notAfter: _now.AddDays(1));
        using var signing = SigningCertificate.From(person);
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        using var http = new HttpClient();
        var signer = new DetachedSigner(signing, timestamps: new HttpTimestampAuthority(http, tsa.Serve()));

        var signature = await signer.SignAsync(Document);
        var result = VerifierAt(_now.AddDays(30)).VerifyDetached(Document, signature);

        Assert.Equal(1, tsa.Replies);
        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.NotNull(result.Timestamp);
        Assert.Throws<InvalidOperationException>(() => signer.Sign(Document));
    }

    [SkippableFact]
    public async Task Our_timestamped_pdf_signature_verifies_with_its_time_and_pdfsig_finds_it_valid()
    {
        OutsideTools.RequirePdfsig();
        using var company = _authority.IssueCompany();
        using var signing = SigningCertificate.From(company);
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        using var http = new HttpClient();
        var pdf = new PdfLayout().WithContent(c => c.Text("Удостоверение № 42")).Render();
        using var folder = new TemporaryFolder();

        var signed = await new PdfSigner(signing, timestamps: new HttpTimestampAuthority(http, tsa.Serve()))
            .SignAsync(pdf);
        var result = VerifierAt(DateTimeOffset.UtcNow).VerifyPdf(signed);
        var (code, report) = OutsideTools.PdfsigTrusting(folder.Write("signed.pdf", signed),
            folder.Write("ca.pem", Encoding.ASCII.GetBytes(_authority.RootPem)), folder.Path);

        Assert.True(result.Status == SignatureStatus.Valid, string.Join("; ", result.Reasons));
        Assert.NotNull(result.Timestamp);
        Assert.True(code == 0, report);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_that_cannot_be_reached_or_refuses_fails_the_signing_saying_where()
    {
        using var person = _authority.IssuePerson();
        using var signing = SigningCertificate.From(person);
        using var tsa = new OpenSslTimestampAuthority(_tsaCertificate);
        using var http = new HttpClient();
        var closed = new Uri($"http://127.0.0.1:{Ports.Unused()}/tsa/");
        var elsewhere = new Uri(tsa.Serve(), "../elsewhere/");

        var unreachable = await Assert.ThrowsAsync<TimestampException>(() =>
            new DetachedSigner(signing, timestamps: new HttpTimestampAuthority(http, closed)).SignAsync(Document));
        var refused = await Assert.ThrowsAsync<TimestampException>(() =>
            new DetachedSigner(signing, timestamps: new HttpTimestampAuthority(http, elsewhere)).SignAsync(Document));

        Assert.StartsWith($"The time-stamping authority at {closed} could not be reached", unreachable.Message,
            StringComparison.Ordinal);
        Assert.Contains("Signing:TimestampUrl", unreachable.Message, StringComparison.Ordinal);
        Assert.StartsWith($"The time-stamping authority at {elsewhere} answered 404", refused.Message,
            StringComparison.Ordinal);
    }

    private SignatureVerifier VerifierAt(DateTimeOffset now) =>
        new(TrustAnchors.Of(_authority.Root), new FixedTime(now));

    /// <summary>The content (<see cref="Document"/> unless named) signed as <paramref name="certificate"/>,
    /// claiming to sign at <paramref name="at"/>; the certificate is disposed with its signing.</summary>
    private static byte[] Sign(X509Certificate2 certificate, DateTimeOffset at, byte[]? content = null)
    {
        using var signing = SigningCertificate.From(certificate);
        return new DetachedSigner(signing, new FixedTime(at)).Sign(content ?? Document);
    }

    private static Rfc3161TimestampToken TokenOf(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        var (_, _, token) = SignatureTimestamp.Read(cms.SignerInfos[0]);
        return token!;
    }

    /// <summary>A folder for the files <c>openssl</c> reads, deleted afterwards.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("timestamps-").FullName;

        public string Write(string name, byte[] bytes)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
