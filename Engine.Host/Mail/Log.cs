namespace CaseSystem.Host.Mail;

// Event ids 5100-5199. Messages name the message id only: never the recipient, who is personal data.
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Information, "Mail {MessageId} sent through SMTP")]
    public static partial void MailSent(ILogger logger, string messageId);

    [LoggerMessage(5101, LogLevel.Information, "Mail {MessageId} written to the pickup folder as {FileName}")]
    public static partial void MailWritten(ILogger logger, string messageId, string fileName);
}
