namespace CaseSystem.Host.Signals;

// Event ids 5200-5299. Messages name the case only: never the sender, who is personal data.
internal static partial class Log
{
    [LoggerMessage(5200, LogLevel.Warning, "The confirmation e-mail of signal {CaseId} was not sent")]
    public static partial void ConfirmationNotSent(ILogger logger, Exception exception, Guid caseId);
}
