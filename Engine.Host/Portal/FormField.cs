namespace CaseSystem.Host.Portal;

/// <summary>
/// One input of a portal form, as <c>Shared/_Field</c> draws it: its label tied to it, its hint and its error
/// (beside it, and named by <c>aria-describedby</c>), and what was typed (never for passwords).
/// </summary>
public sealed record FormField(string Id, string Label, string? Error = null)
{
    public string Type { get; init; } = "text";

    public string? Value { get; init; }

    public string? Hint { get; init; }

    public string? Autocomplete { get; init; }

    /// <summary>Extra attributes for the input, such as <c>spellcheck</c> or <c>inputmode</c>.</summary>
    public string? InputMode { get; init; }

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }
            .OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
