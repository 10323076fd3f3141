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
    /// Adds <paramref name="token"/> to the signer at <paramref name="signerIndex"/> of <paramref name="cms"/> (as a
    /// time-stamping client does once the authority has answered).
    /// </summary>
    public static void Add(SignedCms cms, int signerIndex, Rfc3161TimestampToken token)
    {
        ArgumentNullException.ThrowIfNull(cms);
        ArgumentNullException.ThrowIfNull(token);

        cms.SignerInfos[signerIndex].AddUnsignedAttribute(
            new AsnEncodedData(new Oid(AttributeOid), token.AsSignedCms().Encode()));
    }
}
