using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Calendar;

/// <summary>A day off, with its name in Bulgarian and in English.</summary>
public sealed record Holiday(DateOnly Date, HolidayKind Kind, string NameBg, string NameEn)
{
    /// <summary>The name in Bulgarian, unless <paramref name="culture"/> is an English one.</summary>
    public string Name(CultureInfo? culture = null) => Language.Pick(culture, NameBg, NameEn);
}
