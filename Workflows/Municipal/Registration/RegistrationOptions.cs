namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// The municipality's registration index (configuration section <c>Registration</c>): its prefix, its registers
/// and the register that receives applications. An index reads prefix, two-digit year, register code, sequence,
/// slash, date: <c>СОА18-РД09-57/24.01.2018</c>.
/// </summary>
public sealed class RegistrationOptions
{
    public const string SectionName = "Registration";

    /// <summary>The municipality's prefix, e.g. <c>СОА</c>; letters only, so that the year after it reads.
    /// </summary>
    public string Prefix { get; set; } = "";

    /// <summary>The register where opened cases get their incoming index.</summary>
    public string IncomingRegister { get; set; } = "";

    /// <summary>The time zone whose date an index shows and whose year numbers restart in.</summary>
    public string TimeZone { get; set; } = "Europe/Sofia";

    public IList<RegisterDefinition> Registers { get; } = [];
}
