using CaseSystem.Workflows.Municipal.Tasks;

namespace CaseSystem.Host.Mail;

/// <summary>A staff notification as an e-mail: a subject by its kind, its text, and where the task is.</summary>
internal static class StaffMail
{
    public static OutgoingMail For(NotificationRecord notification, bool english, Uri? site, string email)
    {
        var path = $"/inbox/tasks/{Uri.EscapeDataString(notification.TaskId)}";
        var where = site is null
            ? (english ? $"Open it in the inbox: {path}" : $"Отворете я във входящите задачи: {path}")
            : new Uri(site, path).ToString();
        var text = english ? notification.TextEn : notification.TextBg;
        return new OutgoingMail(email, Subject(notification.Kind, english), $"{text}\n\n{where}\n");
    }

    private static string Subject(string kind, bool english) => (kind, english) switch
    {
        (NotificationRecord.Reminder, false) => "Напомняне: срокът на задача наближава",
        (NotificationRecord.Reminder, true) => "Reminder: a task is nearly due",
        (NotificationRecord.Escalation, false) => "Задача във вашия отдел е с изтекъл срок",
        (NotificationRecord.Escalation, true) => "A task of your department is past its deadline",
        (NotificationRecord.Delegated, false) => "Делегирана ви е задача",
        (NotificationRecord.Delegated, true) => "A task has been delegated to you",
        (NotificationRecord.Reassigned, false) => "Възложена ви е задача",
        (NotificationRecord.Reassigned, true) => "A task has been given to you",
        (NotificationRecord.Resolved, false) => "Делегираната задача ви е върната",
        (NotificationRecord.Resolved, true) => "Your delegated task has been handed back",
        (_, false) => "Известие за задача",
        (_, true) => "A task notification",
    };
}
