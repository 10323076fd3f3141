namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// Who signed, as the certificate says. <see cref="Identifier"/> is <c>PNOBG-</c> and the personal number for a
/// natural person, else <c>NTRBG-</c> and the company number for a legal person, else null.
/// </summary>
public sealed record Signer(string Name, string? Identifier, string? OrganizationIdentifier);
