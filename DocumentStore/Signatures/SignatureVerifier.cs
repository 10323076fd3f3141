using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Verifies a detached CMS signature over a document: integrity, the chain to the configured trust anchors at the
/// signing time (no network, no revocation fetching), the certificate's validity then, and its key usage.
/// </summary>
/// <remarks>
/// The signing time is the signer's own claim (a signed attribute). A signing time outside the certificate's
/// validity is the signer saying it signed with an unfit certificate: invalid. A certificate that has expired since
/// the claimed time is indeterminate, unless an RFC 3161 timestamp over the signature, from an authority that
/// chains to a trust anchor, proves the signature existed before expiry (ETSI EN 319 102-1: without such proof of
/// existence, OUT_OF_BOUNDS_NO_POE). A timestamp that cannot be relied on is named in the reasons and set aside.
/// </remarks>
public sealed class SignatureVerifier(TrustAnchors anchors, TimeProvider? time = null)
{
    // Clocks of the signer's machine and ours may differ this much without the signing time looking wrong.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public SignatureVerification VerifyDetached(byte[] content, byte[] signature)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(signature);

        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.Decode(signature);
        }
        catch (CryptographicException)
        {
            return Answer(SignatureStatus.Invalid, "The signature file is not a CMS (PKCS#7) signature.");
        }

        return Verify(cms);
    }

    /// <summary>
    /// Verifies every signature of a signed PDF, each over the bytes its /ByteRange names. The last must cover the
    /// whole file; an earlier one covers the file as it stood when it was signed, and what a later revision added
    /// is covered by the later signature.
    /// </summary>
    public SignatureVerification VerifyPdf(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        var found = PdfSignatureReader.ReadAll(pdf);
        if (found.Count == 0)
        {
            return Answer(SignatureStatus.Invalid,
                "The PDF holds no signature (no readable /ByteRange and /Contents).");
        }

        return SignatureVerification.Combine(found.Select((signature, i) =>
        {
            var result = VerifyDetached(signature.SignedBytes, signature.Signature);
            if (signature.CoversWholeFile)
            {
                return result;
            }

            if (i < found.Count - 1)
            {
                return SignatureVerification.Combine(result.Each.Select(one => one with
                {
                    Reasons = [.. one.Reasons, $"It covers the file's first {signature.SignedUpTo} bytes, the " +
                        "revision it signed; what came after is covered by the later signatures."],
                }));
            }

            // An incremental update after the last signature may be harmless (a filled field) or not; nothing here
            // tells which.
            return SignatureVerification.Combine(result.Each.Select(one => one with
            {
                Status = SignatureVerification.Worse(one.Status, SignatureStatus.Indeterminate),
                Reasons =
                [
                    .. one.Reasons,
                    "The signature does not cover the whole file: it was changed after signing.",
                ],
            }));
        }));
    }

    internal SignatureVerification Verify(SignedCms cms)
    {
        if (cms.SignerInfos.Count == 0)
        {
            return Answer(SignatureStatus.Invalid, "The CMS structure holds no signature.");
        }

        return SignatureVerification.Combine(cms.SignerInfos.Cast<SignerInfo>()
            .Select(info => VerifySigner(info, cms.Certificates)));
    }

    /// <summary>One signer of a CMS: its signature, its certificate at the signing time, the chain.</summary>
    private SignatureVerification VerifySigner(SignerInfo info, X509Certificate2Collection included)
    {
        var certificate = info.Certificate;
        if (certificate is null)
        {
            return Answer(SignatureStatus.Indeterminate,
                "The signature does not include the signer's certificate, so it cannot be checked.");
        }

        var signer = SignerIdentity.Read(certificate);
        var signingTime = ReadSigningTime(info);
        var reasons = new List<string>();
        var status = SignatureStatus.Valid;
        void Worsen(SignatureStatus to, string reason)
        {
            reasons.Add(reason);
            status = SignatureVerification.Worse(status, to);
        }

        try
        {
            info.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            Worsen(SignatureStatus.Invalid,
                "The document does not match the signature: it was changed after signing, or the signature was.");
        }

        var now = _time.GetUtcNow();
        var proven = CheckTimestamp(info, included, Worsen);
        var at = signingTime ?? proven ?? now;
        if (signingTime is null && proven is null)
        {
            Worsen(SignatureStatus.Indeterminate,
                "The signature states no signing time; the certificate was checked at the time of verification.");
        }
        else if (signingTime > now + ClockSkew)
        {
            Worsen(SignatureStatus.Indeterminate,
                $"The claimed signing time {signingTime:u} is later than the time of verification {now:u}.");
        }
        else if (signingTime > proven + ClockSkew)
        {
            Worsen(SignatureStatus.Indeterminate,
                $"The claimed signing time {signingTime:u} is later than the timestamp {proven:u}, which proves the " +
                "signature existed before it.");
        }

        if (at < certificate.NotBefore.ToUniversalTime())
        {
            Worsen(SignatureStatus.Invalid,
                $"The certificate was not yet valid at the signing time {at:u} (valid from " +
                $"{certificate.NotBefore.ToUniversalTime():u}).");
        }
        else if (at > certificate.NotAfter.ToUniversalTime())
        {
            Worsen(SignatureStatus.Invalid,
                $"The certificate had expired at the signing time {at:u} (valid until " +
                $"{certificate.NotAfter.ToUniversalTime():u}).");
        }
        else if (now > certificate.NotAfter.ToUniversalTime() && !(proven <= certificate.NotAfter.ToUniversalTime()))
        {
            Worsen(SignatureStatus.Indeterminate,
                $"The certificate expired on {certificate.NotAfter.ToUniversalTime():u}, after the claimed signing " +
                "time, and no timestamp proves the signature existed before then.");
        }

        CheckKeyUsage(certificate, Worsen);
        CheckChain(certificate, included, at, null, Worsen);

        return new SignatureVerification(status, reasons, signer, signingTime) { Timestamp = proven };
    }

    /// <summary>
    /// The time the signer's RFC 3161 timestamp proves the signature existed at, when it carries one that can be
    /// relied on: its imprint is of this signature value, its authority's signature holds, and the authority's
    /// certificate is for time-stamping and chains to a trust anchor at that time. Otherwise null, and a timestamp
    /// set aside is named in the reasons (indeterminate: the signature itself may still be good).
    /// </summary>
    private DateTimeOffset? CheckTimestamp(SignerInfo info, X509Certificate2Collection included,
        Action<SignatureStatus, string> worsen)
    {
        var (present, readable, token) = SignatureTimestamp.Read(info);
        if (!present)
        {
            return null;
        }

        if (!readable || token is null)
        {
            worsen(SignatureStatus.Indeterminate, "The signature's timestamp cannot be read, so it was set aside.");
            return null;
        }

        if (!token.VerifySignatureForSignerInfo(info, out var authority, included) || authority is null)
        {
            worsen(SignatureStatus.Indeterminate,
                "The signature's timestamp is not over this signature, or its authority's signature is broken, so " +
                "it was set aside.");
            return null;
        }

        using (authority)
        {
            var time = token.TokenInfo.Timestamp.ToUniversalTime();
            var trusted = true;
            CheckChain(authority, included, time, SignatureTimestamp.TimeStampingUsageOid, (_, reason) =>
            {
                trusted = false;
                worsen(SignatureStatus.Indeterminate,
                    $"The signature's timestamp was set aside for its authority's certificate: {reason}");
            });
            return trusted ? time : null;
        }
    }

    private static void CheckKeyUsage(X509Certificate2 certificate, Action<SignatureStatus, string> worsen)
    {
        // No extension at all means the key is not restricted (RFC 5280, 4.2.1.3).
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        const X509KeyUsageFlags signing = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;
        if (usage is not null && (usage.KeyUsages & signing) == 0)
        {
            worsen(SignatureStatus.Invalid,
                $"The certificate's key usage ({usage.KeyUsages}) allows neither digital signature nor " +
                "non-repudiation.");
        }
    }

    /// <summary>The certificate's chain to a trust anchor at <paramref name="at"/>, for
    /// <paramref name="usage"/> (an extended key usage) when one is named.</summary>
    private void CheckChain(
        X509Certificate2 certificate,
        X509Certificate2Collection included,
        DateTimeOffset at,
        string? usage,
        Action<SignatureStatus, string> worsen)
    {
        if (anchors.Roots.Count == 0)
        {
            worsen(SignatureStatus.Indeterminate, "No trust anchors are configured, so no chain can be trusted.");
            return;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(anchors.Roots);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (usage is not null)
        {
            chain.ChainPolicy.ApplicationPolicy.Add(new Oid(usage));
        }

        try
        {
            if (chain.Build(certificate))
            {
                return;
            }

            foreach (var problem in chain.ChainStatus)
            {
                var (status, reason) = Explain(problem);
                if (reason is not null)
                {
                    worsen(status, reason);
                }
            }
        }
        finally
        {
            foreach (var element in chain.ChainElements)
            {
                if (!ReferenceEquals(element.Certificate, certificate))
                {
                    element.Certificate.Dispose();
                }
            }
        }
    }

    private static (SignatureStatus Status, string? Reason) Explain(X509ChainStatus problem) => problem.Status switch
    {
        X509ChainStatusFlags.UntrustedRoot or X509ChainStatusFlags.PartialChain => (SignatureStatus.Indeterminate,
            "The certificate's chain does not reach a configured trust anchor."),
        X509ChainStatusFlags.NotSignatureValid => (SignatureStatus.Invalid,
            "A certificate in the chain carries a broken signature."),
        X509ChainStatusFlags.Revoked => (SignatureStatus.Invalid, "A certificate in the chain is revoked."),

        // The signer's own dates were checked already; a CA's dates at the signing time show up here.
        X509ChainStatusFlags.NotTimeValid => (SignatureStatus.Invalid,
            "A certificate in the chain was outside its validity at the signing time."),
        X509ChainStatusFlags.NotValidForUsage or X509ChainStatusFlags.InvalidBasicConstraints =>
            (SignatureStatus.Invalid, $"The chain is not fit for signing: {problem.StatusInformation.Trim()}"),
        _ => (SignatureStatus.Indeterminate, $"The chain could not be verified: {problem.StatusInformation.Trim()}"),
    };

    private static DateTimeOffset? ReadSigningTime(SignerInfo info)
    {
        foreach (var attribute in info.SignedAttributes)
        {
            foreach (var value in attribute.Values)
            {
                if (value is Pkcs9SigningTime signingTime)
                {
                    return new DateTimeOffset(signingTime.SigningTime.ToUniversalTime(), TimeSpan.Zero);
                }
            }
        }

        return null;
    }

    private static SignatureVerification Answer(SignatureStatus status, string reason) =>
        new(status, [reason], null, null);
}
