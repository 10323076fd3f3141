using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// A document's registration index: prefix, two-digit year, register code, sequence, slash, date, as in
/// <c>СОА18-РД09-57/24.01.2018</c>. The year is the date's year; <see cref="ToString"/> gives the canonical text.
/// </summary>
public readonly record struct RegistrationIndex(string Prefix, string RegisterCode, int Sequence, DateOnly Date)
{
    public int Year => Date.Year;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Prefix}{Date.Year % 100:00}-{RegisterCode}-{Sequence}/{Date:dd.MM.yyyy}");
}
