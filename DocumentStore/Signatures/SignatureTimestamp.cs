using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// The RFC 3161 timestamp a signer may carry over its signature value, as an unsigned attribute (CAdES and PAdES
/// B-T): a time-stamping authority's proof that the signature existed at a time.
/// </summary>
public static class SignatureTimestamp
{
    /// <summary>id-aa-signatureTimeStampToken (RFC 3161, appendix A).</summary>
    public const string AttributeOid = "1.2.840.113549.1.9.16.2.14";

    /// <summary>id-kp-timeStamping: the extended key usage a time-stamping authority's certificate must have.
    /// </summary>
    public const string TimeStampingUsageOid = "1.3.6.1.5.5.7.3.8";

    /// <summary>
    /// The signer's timestamp token: none when it carries no timestamp; <c>Readable</c> false when it carries one
    /// that does not decode.
    /// </summary>
    internal static (bool Present, bool Readable, Rfc3161TimestampToken? Token) Read(SignerInfo signer)
    {
        foreach (var attribute in signer.UnsignedAttributes)
        {
            if (attribute.Oid.Value != AttributeOid)
            {
                continue;
            }

            foreach (var value in attribute.Values)
            {
                return Rfc3161TimestampToken.TryDecode(value.RawData, out var token, out _)
                    ? (true, true, token)
                    : (true, false, null);
            }
        }

        return (false, false, null);
    }

    /// <summary>
    /// Timestamps every signer of <paramref name="cms"/> at <paramref name="authority"/>: a request over each
    /// signer's signature value, the token added to that signer as an unsigned attribute.
    /// </summary>
    /// <exception cref="TimestampException">The authority gave no usable token; the CMS may be half stamped.
    /// </exception>
    public static async Task StampAsync(SignedCms cms, ITimestampAuthority authority,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cms);
        ArgumentNullException.ThrowIfNull(authority);

        // Adding an attribute re-encodes the signers, a DER set that may then come in another order: each signer is
        // found again by its signature value.
        var values = cms.SignerInfos.Cast<SignerInfo>().Select(s => s.GetSignature()).ToList();
        foreach (var value in values)
        {
            var index = cms.SignerInfos.Cast<SignerInfo>().ToList()
                .FindIndex(s => s.GetSignature().AsSpan().SequenceEqual(value));
            var request = Rfc3161TimestampRequest.CreateFromSignerInfo(cms.SignerInfos[index],
                HashAlgorithmName.SHA256, nonce: RandomNumberGenerator.GetBytes(16), requestSignerCertificates: true);
            var token = await authority.StampAsync(request, cancellationToken);
            Add(cms, index, token);
        }
    }

    /// <summary>
    /// Adds <paramref name="token"/> to the signer at <paramref name="signerIndex"/> of <paramref name="cms"/>, as
    /// a time-stamping client does once the authority has answered.
    /// </summary>
    public static void Add(SignedCms cms, int signerIndex, Rfc3161TimestampToken token)
    {
        ArgumentNullException.ThrowIfNull(cms);
        ArgumentNullException.ThrowIfNull(token);

        cms.SignerInfos[signerIndex].AddUnsignedAttribute(
            new AsnEncodedData(new Oid(AttributeOid), token.AsSignedCms().Encode()));
    }
}
