using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>What is wrong with one field of a task's form, saying what to change, in Bulgarian and English.</summary>
public sealed record TaskFieldError(string Bulgarian, string English)
{
    /// <summary>Bulgarian by default; English for an English culture.</summary>
    public string MessageFor(CultureInfo? culture) => Language.Pick(culture, Bulgarian, English);
}
