namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// One field of a task's form, as the workflow defines it:
/// <c>{ "name", "label", "type", "required", "options", "min", "max", "pattern" }</c>.
/// </summary>
/// <param name="Name">The key of its value in the form data.</param>
/// <param name="Label">What the clerk reads; the name when the definition gives none.</param>
/// <param name="Type">text, number, date (YYYY-MM-DD), choice or boolean; text when not given.</param>
/// <param name="Required">True when it must be filled in.</param>
/// <param name="Options">The values a choice allows, each with its label.</param>
/// <param name="Min">The least length of a text, value of a number, or date of a date.</param>
/// <param name="Max">The greatest, likewise.</param>
/// <param name="Pattern">A regular expression a text must match as a whole.</param>
public sealed record TaskFormField(
    string Name,
    string Label,
    string Type,
    bool Required,
    IReadOnlyList<TaskFormOption> Options,
    string? Min,
    string? Max,
    string? Pattern);

/// <summary>One value a choice allows.</summary>
public sealed record TaskFormOption(string Value, string Label);
