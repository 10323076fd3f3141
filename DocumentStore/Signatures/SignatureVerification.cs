namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// The answer about a signed file. <see cref="Reasons"/> says why when the status is not valid, and holds notes
/// (such as a signing time that only the signer claims) even when it is.
/// </summary>
/// <remarks>
/// A file may hold several signatures: a CMS co-signed by several signers, a PDF signed again in a later revision.
/// Then <see cref="Signatures"/> holds each one's own answer in the order they stand in the file (a PDF's by
/// revision; a CMS's as its set of signers is encoded, which is not the order they signed in), the status is the
/// worst of them, the reasons are theirs with the signature they belong to named, and <see cref="Signer"/>,
/// <see cref="SigningTime"/> and <see cref="Timestamp"/> are the first signature's. With one signature
/// <see cref="Signatures"/> is empty.
/// </remarks>
public sealed record SignatureVerification(
    SignatureStatus Status,
    IReadOnlyList<string> Reasons,
    Signer? Signer,
    DateTimeOffset? SigningTime)
{
    public IReadOnlyList<SignatureVerification> Signatures { get; init; } = [];

    /// <summary>When the signature carries an RFC 3161 timestamp that was relied on: the time it proves the
    /// signature existed at.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Each signature's own answer: <see cref="Signatures"/>, or this answer when it is about one.</summary>
    public IReadOnlyList<SignatureVerification> Each => Signatures.Count > 0 ? Signatures : [this];

    /// <summary>One answer for several signatures (answers about several are taken apart first).</summary>
    public static SignatureVerification Combine(IEnumerable<SignatureVerification> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);

        var each = answers.SelectMany(a => a.Each).ToList();
        if (each.Count == 0)
        {
            throw new ArgumentException("There is no answer to combine.", nameof(answers));
        }

        if (each.Count == 1)
        {
            return each[0];
        }

        var reasons = each.SelectMany((answer, i) => answer.Reasons.Select(reason =>
            $"Signature {i + 1} of {each.Count} ({answer.Signer?.Name ?? "signer unknown"}): {reason}"));
        return new SignatureVerification(each.Select(a => a.Status).Aggregate(Worse), [.. reasons],
            each[0].Signer, each[0].SigningTime)
        {
            Signatures = each,
            Timestamp = each[0].Timestamp,
        };
    }

    /// <summary>The worse of two answers: invalid, then indeterminate, then valid.</summary>
    public static SignatureStatus Worse(SignatureStatus a, SignatureStatus b) =>
        a == SignatureStatus.Invalid || b == SignatureStatus.Invalid ? SignatureStatus.Invalid
        : a == SignatureStatus.Indeterminate || b == SignatureStatus.Indeterminate ? SignatureStatus.Indeterminate
        : SignatureStatus.Valid;
}
