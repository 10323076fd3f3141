using System.Globalization;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>What the citizen reads for each status: Bulgarian by default, English on request.</summary>
public static class CaseStatusLabels
{
    public static string Bulgarian(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Получен",
        CaseStatus.InProgress => "В процес на работа",
        CaseStatus.ActionScheduled => "Планирано действие",
        CaseStatus.Investigating => "В проверка",
        CaseStatus.Duplicate => "Дублиран",
        CaseStatus.NotMunicipalResponsibility => "Извън компетентността на общината",
        CaseStatus.Fixed => "Отстранен",
        CaseStatus.Closed => "Приключен",
        CaseStatus.Reopened => "Възобновен",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string English(CaseStatus status) => status switch
    {
        CaseStatus.Received => "Received",
        CaseStatus.InProgress => "In progress",
        CaseStatus.ActionScheduled => "Action scheduled",
        CaseStatus.Investigating => "Investigating",
        CaseStatus.Duplicate => "Duplicate",
        CaseStatus.NotMunicipalResponsibility => "Not the municipality's responsibility",
        CaseStatus.Fixed => "Fixed",
        CaseStatus.Closed => "Closed",
        CaseStatus.Reopened => "Reopened",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>English for an English culture, Bulgarian for every other.</summary>
    public static string For(CaseStatus status, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" ? English(status) : Bulgarian(status);
    }
}
