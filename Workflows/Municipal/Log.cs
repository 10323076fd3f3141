using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Municipal;

/// <summary>
/// The municipal services' log messages; event ids 2000-2099. Ids and registration indexes only, never an
/// applicant's name, identifier or contact.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information,
        "Registered {RegistrationIndex} as register entry {RegisterEntryId} of case {CaseId}")]
    public static partial void DocumentRegistered(
        ILogger logger, string registrationIndex, Guid registerEntryId, Guid? caseId);

    [LoggerMessage(2001, LogLevel.Information, "Opened case {CaseId} as {RegistrationIndex} for service {ServiceCode}")]
    public static partial void CaseOpened(ILogger logger, Guid caseId, string registrationIndex, string serviceCode);

    [LoggerMessage(2002, LogLevel.Information, "Case {CaseId} moved from {OldStatus} to {Status}")]
    public static partial void CaseStatusChanged(ILogger logger, Guid caseId, CaseStatus oldStatus,
        CaseStatus status);

    [LoggerMessage(2003, LogLevel.Information, "Case {CaseId} is driven by workflow instance {WorkflowInstanceId}")]
    public static partial void WorkflowAttached(ILogger logger, Guid caseId, string workflowInstanceId);
}
