using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>
/// A time-stamping authority we did not write: <c>openssl ts -reply</c> answering RFC 3161 requests with a
/// certificate from a test CA. It stamps CMS signatures as a signing client does: a request over each signer's
/// signature value, the token added to that signer as an unsigned attribute.
/// </summary>
internal sealed class OpenSslTimestampAuthority : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tsa-").FullName;
    private readonly string _config;

    public OpenSslTimestampAuthority(TestAuthority issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);

        using var certificate = issuer.IssueTimestampAuthority();
        var pem = Write("tsa.pem", certificate.ExportCertificatePem());
        var key = Write("tsa.key", certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var serial = Write("serial", "01\n");
        _config = Write("tsa.cnf", $"""
            [ tsa ]
            default_tsa = test_tsa

            [ test_tsa ]
            serial = {serial}
            signer_cert = {pem}
            signer_key = {key}
            signer_digest = sha256
            default_policy = 1.3.6.1.4.1.99999.1
            digests = sha256
            accuracy = secs:1
            ordering = no
            tsa_name = no
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """);
    }

    /// <summary><paramref name="signature"/> (a CMS signature) with each signer's signature value timestamped.
    /// </summary>
    public byte[] Stamp(byte[] content, byte[] signature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        // Adding an attribute re-encodes the signers, a DER set that may then come in another order: each signer is
        // found again by its signature value.
        var values = cms.SignerInfos.Cast<SignerInfo>().Select(s => s.GetSignature()).ToList();
        for (var n = 0; n < values.Count; n++)
        {
            var i = cms.SignerInfos.Cast<SignerInfo>().ToList()
                .FindIndex(s => s.GetSignature().SequenceEqual(values[n]));
            var request = Rfc3161TimestampRequest.CreateFromSignerInfo(cms.SignerInfos[i], HashAlgorithmName.SHA256,
                nonce: RandomNumberGenerator.GetBytes(8), requestSignerCertificates: true);
            var query = Path.Combine(_folder, $"request-{i}.tsq");
            var reply = Path.Combine(_folder, $"reply-{i}.tsr");
            File.WriteAllBytes(query, request.Encode());

            OutsideTools.Succeed("openssl", "ts", "-reply", "-config", _config, "-queryfile", query, "-out", reply);

            SignatureTimestamp.Add(cms, i, request.ProcessResponse(File.ReadAllBytes(reply), out _));
        }

        return cms.Encode();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, Encoding.ASCII);
        return path;
    }
}
