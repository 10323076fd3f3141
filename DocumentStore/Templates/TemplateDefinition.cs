namespace CaseSystem.DocumentStore.Templates;

/// <summary>
/// One named document template: its Liquid resource and the fields (dotted paths) it cannot do without; a path
/// ending in [] must be a non-empty array. Fields a template can go without have defaults in its text.
/// </summary>
internal sealed record TemplateDefinition(string Name, IReadOnlyList<string> Required)
{
    /// <summary>Every template's page: the municipality, the issuing unit, the index and date, page numbers.</summary>
    public static readonly IReadOnlyList<string> PageFields = ["unit", "registrationIndex", "date"];

    public static IReadOnlyList<TemplateDefinition> All { get; } =
    [
        new("receipt", [.. PageFields, "applicant", "service", "documents[]", "deadline"]),
        new("certificate", [.. PageFields, "recipient", "statement", "signatory.name", "signatory.position"]),
        new("decision",
        [
            .. PageFields, "legalBasis", "subject", "grounds[]", "disposition[]", "appeal.authority", "appeal.days",
            "signatory.name", "signatory.position",
        ]),
        new("letter", [.. PageFields, "addressee.name", "subject", "body[]", "signatory.name", "signatory.position"]),
    ];
}
