using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Signs any document as detached CMS (a <c>.p7s</c> beside the file): SHA-256, a signing-time attribute, the
/// signer's certificate and the CA certificates from its PKCS#12 file included.
/// </summary>
public sealed class DetachedSigner(SigningCertificate certificate, TimeProvider? time = null)
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public byte[] Sign(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);

        return Sign(new ContentInfo(content));
    }

    public byte[] Sign(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);

        // TODO: SignedCms needs the whole content in memory; a large file wants the digest streamed into a
        // signature over signed attributes only. Can go when documents over a few hundred MB are signed.
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Sign(new ContentInfo(buffer.ToArray()));
    }

    private byte[] Sign(ContentInfo content)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate.Certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(certificate.Chain);

        // Whole seconds: the attribute's UTCTime has no fractions, and a verifier compares against it.
        var now = _time.GetUtcNow().UtcDateTime;
        signer.SignedAttributes.Add(new Pkcs9SigningTime(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond))));

        var cms = new SignedCms(content, detached: true);
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }
}
