namespace CaseSystem.Host.Signals;

/// <summary>What the confirmation page shows once, after the signal was filed.</summary>
/// <param name="CaseId">The signal's case.</param>
/// <param name="RegistrationIndex">Its incoming index.</param>
/// <param name="AccessCode">Shown this once (and sent in the confirmation e-mail); never stored in clear.</param>
/// <param name="DecisionDueAt">When the decision is due; null for an anonymous signal, which is not examined.</param>
/// <param name="ReceiptUrl">A short-lived link to the PDF receipt, which is also one of the case's documents.</param>
/// <param name="Emailed">True when the confirmation e-mail went out.</param>
/// <param name="Anonymous">Filed without a name: registered and not examined.</param>
public sealed record SignalConfirmation(
    Guid CaseId,
    string RegistrationIndex,
    string AccessCode,
    DateTimeOffset? DecisionDueAt,
    string ReceiptUrl,
    bool Emailed,
    bool Anonymous);
