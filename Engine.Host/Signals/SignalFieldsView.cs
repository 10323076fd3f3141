namespace CaseSystem.Host.Signals;

/// <summary>What the signal form's fields (<c>Shared/_SignalFields</c>) are drawn from.</summary>
/// <param name="Form">The answers as typed.</param>
/// <param name="Errors">Each field's problem, by the field's id.</param>
/// <param name="Photos">The photos on the draft already.</param>
/// <param name="ProtectedDraft">The draft for the hidden field.</param>
/// <param name="Staff">True on the contact centre's form: it asks how the signal came, not for an anonymous choice's
/// warning to the sender.</param>
public sealed record SignalFieldsView(
    SignalForm Form,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<DraftPhoto> Photos,
    string ProtectedDraft,
    bool Staff)
{
    public string? Error(string field) => Errors.GetValueOrDefault(field);

    public string? DescribedBy(string field, bool hint) =>
        string.Join(' ', new[] { hint ? field + "-hint" : null, Error(field) is null ? null : field + "-error" }
            .OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
