namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// What a reader of the register asks for. Every filter left null takes everything; <see cref="Departments"/>,
/// when given, is who may see what: entries of cases of those departments only.
/// </summary>
public sealed record RegisterQuery
{
    public string? RegisterCode { get; init; }

    public RegisterDirection? Direction { get; init; }

    /// <summary>The year that numbers the entry (that of its date in the municipality's time zone).</summary>
    public int? Year { get; init; }

    /// <summary>The first registration date taken, a date in the municipality's time zone as the index shows.
    /// </summary>
    public DateOnly? From { get; init; }

    /// <summary>The last registration date taken, inclusive.</summary>
    public DateOnly? To { get; init; }

    public Guid? CaseId { get; init; }

    /// <summary>Searched in the index, the correspondent and the subject, ignoring case (Cyrillic too).</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Null: no restriction (an administrator). Otherwise only entries whose case belongs to one of these
    /// departments; entries without a case are not among them.
    /// </summary>
    public IReadOnlyCollection<string>? Departments { get; init; }

    /// <summary>From 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>From 1 to 200.</summary>
    public int PageSize { get; init; } = 25;
}

/// <summary>One line of the register as a reader sees it: the entry and the index of its case, if it has one.
/// </summary>
public sealed record RegisterLine(RegisterEntryRecord Entry, string? CaseIndex);

/// <summary>One page of the register, newest first, and how many entries match in all.</summary>
public sealed record RegisterPage(IReadOnlyList<RegisterLine> Items, int Total, int Page, int PageSize);
