namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>A register of the municipality, e.g. code <c>РД09</c>; numbered on its own, year by year.</summary>
public sealed class RegisterDefinition
{
    /// <summary>Letters and digits, as the index shows it; no <c>-</c>, <c>/</c> or spaces.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The one direction this register takes, or null when it takes both.</summary>
    public RegisterDirection? Direction { get; set; }
}
