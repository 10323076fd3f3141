using System.Globalization;
using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>The notifications' texts, in Bulgarian and English; times in Sofia's.</summary>
internal static class TaskTexts
{
    public static (string Bg, string En) Reminder(TaskRecord task) => (
        $"Напомняне: задачата „{task.Title}“ е със срок до {Local(task.DueAt)}.",
        $"Reminder: the task “{task.Title}” is due by {Local(task.DueAt)}.");

    public static (string Bg, string En) Escalation(TaskRecord task) => (
        $"Срокът на задачата „{task.Title}“ изтече на {Local(task.DueAt)}, "
        + "а тя не е приключена.",
        $"The task “{task.Title}” was due on {Local(task.DueAt)} and is not done.");

    public static (string Bg, string En) Delegated(TaskRecord task, string from, string? note) => (
        $"{from} ви делегира задачата „{task.Title}“." + Note(note),
        $"{from} delegated the task “{task.Title}” to you." + Note(note));

    public static (string Bg, string En) Resolved(TaskRecord task, string by, string? note) => (
        $"{by} ви върна задачата „{task.Title}“ за преглед." + Note(note),
        $"{by} handed the task “{task.Title}” back to you for review." + Note(note));

    public static (string Bg, string En) Reassigned(TaskRecord task, string by) => (
        $"{by} ви възложи задачата „{task.Title}“.",
        $"{by} assigned the task “{task.Title}” to you.");

    private static string Note(string? note) => string.IsNullOrWhiteSpace(note) ? "" : $" {note.Trim()}";

    private static string Local(DateTimeOffset? at) => at is null
        ? "—"
        : TimeZoneInfo.ConvertTime(at.Value, BulgarianCalendar.Sofia)
            .ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
}
