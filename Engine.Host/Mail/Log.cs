namespace CaseSystem.Host.Mail;

// Event ids 5100-5199. Messages name the message id only: never the recipient, who is personal data.
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Information, "Mail {MessageId} sent through SMTP")]
    public static partial void MailSent(ILogger logger, string messageId);

    [LoggerMessage(5101, LogLevel.Information, "Mail {MessageId} written to the pickup folder as {FileName}")]
    public static partial void MailWritten(ILogger logger, string messageId, string fileName);

    [LoggerMessage(5102, LogLevel.Warning, "Notification {NotificationId} of case {CaseId} could not be sent")]
    public static partial void NotificationFailed(ILogger logger, Exception exception, long notificationId,
        Guid caseId);

    [LoggerMessage(5104, LogLevel.Warning, "Staff notification {NotificationId} of task {TaskId} could not be sent")]
    public static partial void StaffNotificationFailed(ILogger logger, Exception exception, long notificationId,
        string taskId);

    [LoggerMessage(5103, LogLevel.Error, "A pass over the outbox failed")]
    public static partial void OutboxPassFailed(ILogger logger, Exception exception);
}
