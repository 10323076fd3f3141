using System.Globalization;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>What citizens read about their signals, in Bulgarian and English.</summary>
public static class SignalTexts
{
    public const string AnonymousSender = "Анонимен подател";

    /// <summary>Why the signal's handling ended, as its timeline and its letter say it.</summary>
    public static (string Bg, string En) Reason(SignalClosure closure) => closure switch
    {
        SignalClosure.Resolved => ("Проблемът е отстранен.", "The problem has been fixed."),
        SignalClosure.Rejected => (
            "След проверка не е установено нарушение, по което общината да предприеме действия.",
            "The check found no violation for the municipality to act on."),
        SignalClosure.Anonymous => (
            "Сигналът е регистриран и не се разглежда: производство по анонимни сигнали не се образува "
            + "(чл. 111, ал. 4 от Административнопроцесуалния кодекс).",
            "The signal is registered and not processed: no proceedings are opened on anonymous signals "
            + "(Administrative Procedure Code, art. 111(4))."),
        SignalClosure.OlderThanTwoYears => (
            "Сигналът е регистриран и не се разглежда: той се отнася до нарушение, извършено преди повече от две "
            + "години (чл. 111, ал. 4 от Административнопроцесуалния кодекс).",
            "The signal is registered and not processed: it concerns a violation committed more than two years ago "
            + "(Administrative Procedure Code, art. 111(4))."),
        SignalClosure.Duplicate => (
            "За същия проблем вече има подаден сигнал; следете него.",
            "The same problem has already been reported; follow that signal."),
        SignalClosure.NotMunicipalResponsibility => (
            "Проблемът не е от компетентността на Столична община; сигналът е насочен към компетентния орган.",
            "The problem is not Sofia municipality's responsibility; the signal was passed to the competent "
            + "authority."),
        _ => throw new ArgumentOutOfRangeException(nameof(closure), closure, null),
    };

    public static (string Bg, string En) CaseTitle(SignalCategory category) =>
        ($"Сигнал: {category.NameBg}", $"Signal: {category.NameEn}");

    public static (string Bg, string En) StatusSubject(string index) =>
        ($"Сигнал {index}: нов статус", $"Signal {index}: new status");

    public static (string Bg, string En) StatusText(string index, CaseStatus status, string? note) => (
        $"Сигнал {index} е със статус „{CaseStatusLabels.Bulgarian(status)}“." + Note(note),
        $"Signal {index} is now “{CaseStatusLabels.English(status)}”." + Note(note));

    public static (string Bg, string En) ExtensionSubject(string index) =>
        ($"Сигнал {index}: удължен срок", $"Signal {index}: time extended");

    public static (string Bg, string En) ExtensionText(string index, DateTimeOffset dueAt) => (
        $"Срокът за решение по сигнал {index} е удължен до {Day(dueAt)}.",
        $"The time for a decision on signal {index} has been extended to {Day(dueAt)}.");

    public static (string Bg, string En) DecisionSubject(string index) =>
        ($"Сигнал {index}: отговор", $"Signal {index}: our answer");

    public static (string Bg, string En) DecisionText(string index, string outgoingIndex) => (
        $"По сигнал {index} Ви е изпратен отговор с изх. № {outgoingIndex}. Писмото е приложено.",
        $"An answer to signal {index} has been sent to you under outgoing number {outgoingIndex}. "
        + "The letter is attached.");

    public static (string Bg, string En) FollowingSubject(string index) =>
        ($"Следите сигнал {index}", $"You follow signal {index}");

    public static (string Bg, string En) FollowingText(string index, CaseStatus status) => (
        $"Ще получавате известие при всяка промяна на статуса на сигнал {index}. "
        + $"Сега той е „{CaseStatusLabels.Bulgarian(status)}“.",
        $"You will be told of every change to the status of signal {index}. "
        + $"It is now “{CaseStatusLabels.English(status)}”.");

    /// <summary>The opening paragraph of every response letter.</summary>
    public static string LetterOpening(string index, DateOnly received, string category) =>
        $"Във връзка с Ваш сигнал с вх. № {index} от {received.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} "
        + $"относно „{category}“ Ви уведомяваме за следното.";

    public static string LetterSubject(string index) => $"Сигнал с вх. № {index}";

    /// <summary>A day in Sofia, as letters and messages write it.</summary>
    public static string Day(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : " " + note.Trim();
}
