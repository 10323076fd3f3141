namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// A kind of signal a citizen can file (Open311's service): its code, its names, and where it goes. Configured
/// under <c>Signals:Categories</c>; <see cref="DefaultSignalCategories"/> when none are.
/// </summary>
public sealed class SignalCategory
{
    /// <summary>Lower-case letters, digits and hyphens (Open311's <c>service_code</c>), e.g. <c>roads</c>.</summary>
    public string Code { get; set; } = "";

    public string NameBg { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>What belongs here, for the citizen choosing; optional.</summary>
    public string? DescriptionBg { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>The department whose clerks review and resolve it (a department code, as on staff accounts).
    /// </summary>
    public string Department { get; set; } = "";

    /// <summary>
    /// True when the district administration of the signal's district handles it (waste, playgrounds); the
    /// category's department takes it when the district is not known.
    /// </summary>
    public bool RouteToDistrict { get; set; }

    public string Name(bool english) => english ? NameEn : NameBg;
}

/// <summary>One of Sofia's districts (райони), with the department code of its administration.</summary>
public sealed class SignalDistrict
{
    public string Code { get; set; } = "";

    public string NameBg { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string Department { get; set; } = "";
}
