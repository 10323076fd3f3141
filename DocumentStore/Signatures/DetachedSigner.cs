using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Signs any document as detached CMS (a <c>.p7s</c> beside the file): SHA-256, a signing-time attribute, the
/// signer's certificate and the CA certificates from its PKCS#12 file included; with a time-stamping authority,
/// an RFC 3161 timestamp over the signature too (CAdES B-T style), through <see cref="SignAsync(byte[],
/// CancellationToken)"/>.
/// </summary>
public sealed class DetachedSigner(
    SigningCertificate certificate, TimeProvider? time = null, ITimestampAuthority? timestamps = null)
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    // Room for a timestamp token: the authority's signature, its certificates and the token's fields.
    private const int TimestampReserve = 16 * 1024;

    /// <summary>
    /// The most bytes a signature by this signer takes: one over a single byte has the size of any other (same
    /// certificates, same attribute lengths), with a margin for DER lengths that grow by a byte, and room for a
    /// timestamp when one is added. A PDF reserves this much for its /Contents.
    /// </summary>
    public int MaxSignatureLength() =>
        Compute(new ContentInfo([0])).Encode().Length + 64 + (timestamps is null ? 0 : TimestampReserve);

    /// <exception cref="InvalidOperationException">This signer timestamps, which needs
    /// <see cref="SignAsync(byte[], CancellationToken)"/>.</exception>
    public byte[] Sign(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);

        return Untimestamped(new ContentInfo(content)).Encode();
    }

    /// <exception cref="InvalidOperationException">As <see cref="Sign(byte[])"/>.</exception>
    public byte[] Sign(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);

        // TODO: SignedCms needs the whole content in memory; a large file wants the digest streamed into a
        // signature over signed attributes only. Can go when documents over a few hundred MB are signed.
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Untimestamped(new ContentInfo(buffer.ToArray())).Encode();
    }

    /// <summary>Signs, and timestamps the signature when a time-stamping authority is configured.</summary>
    /// <exception cref="TimestampException">The authority gave no usable timestamp; nothing is returned.</exception>
    public async Task<byte[]> SignAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);

        var cms = Compute(new ContentInfo(content));
        if (timestamps is not null)
        {
            await SignatureTimestamp.StampAsync(cms, timestamps, cancellationToken);
        }

        return cms.Encode();
    }

    private SignedCms Untimestamped(ContentInfo content) => timestamps is null
        ? Compute(content)
        : throw new InvalidOperationException("This signer timestamps its signatures: sign with SignAsync.");

    private SignedCms Compute(ContentInfo content)
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
        return cms;
    }
}
