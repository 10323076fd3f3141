using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Runtime;

/// <summary>The runtime's log messages; event ids 1000-1099. No personal data: ids only.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Re-armed {Count} timer bookmark(s) that had no scheduled job")]
    public static partial void TimersRearmed(ILogger logger, int count);

    [LoggerMessage(1001, LogLevel.Warning, "Worker pass failed; it will be tried again")]
    public static partial void WorkerPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(1002, LogLevel.Information, "Continued {Count} queued instance(s)")]
    public static partial void ContinuedInstances(ILogger logger, int count);

    [LoggerMessage(1003, LogLevel.Warning, "Instance {WorkflowInstanceId} could not be continued")]
    public static partial void ContinueFailed(ILogger logger, string workflowInstanceId, Exception exception);

    [LoggerMessage(1004, LogLevel.Information,
        "Timer of instance {WorkflowInstanceId} fired for bookmark {BookmarkId}")]
    public static partial void TimerFired(ILogger logger, string workflowInstanceId, string bookmarkId);
}
