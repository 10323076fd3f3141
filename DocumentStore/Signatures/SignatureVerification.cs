namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// The answer about one signature. <see cref="Reasons"/> says why when the status is not valid, and holds notes
/// (such as a signing time that only the signer claims) even when it is.
/// </summary>
public sealed record SignatureVerification(
    SignatureStatus Status,
    IReadOnlyList<string> Reasons,
    Signer? Signer,
    DateTimeOffset? SigningTime);
