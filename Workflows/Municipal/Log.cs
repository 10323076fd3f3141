using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
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

    [LoggerMessage(2010, LogLevel.Information,
        "Opened human task {TaskId} of workflow instance {WorkflowInstanceId}, case {CaseId}")]
    public static partial void TaskOpened(ILogger logger, string taskId, string workflowInstanceId, Guid? caseId);

    [LoggerMessage(2011, LogLevel.Information,
        "Closed human task {TaskId} of workflow instance {WorkflowInstanceId} with {Outcome}")]
    public static partial void TaskClosed(ILogger logger, string taskId, string workflowInstanceId, string outcome);

    [LoggerMessage(2012, LogLevel.Warning,
        "Workflow instance {WorkflowInstanceId} closed human task {TaskId}, which the task list does not hold")]
    public static partial void TaskMissing(ILogger logger, string taskId, string workflowInstanceId);

    [LoggerMessage(2013, LogLevel.Information, "Human task {TaskId} of case {CaseId}: {Action}")]
    public static partial void TaskChanged(ILogger logger, string taskId, Guid? caseId, string action);

    [LoggerMessage(2020, LogLevel.Information,
        "Signal {CaseId} filed as {RegistrationIndex} in category {Category} through {Channel}")]
    public static partial void SignalSubmitted(ILogger logger, Guid caseId, string registrationIndex, string category,
        SignalChannel channel);

    [LoggerMessage(2021, LogLevel.Error,
        "The workflow {WorkflowInstanceId} of signal {CaseId} did not start; it is started again at the next start")]
    public static partial void SignalWorkflowNotStarted(ILogger logger, Exception exception, Guid caseId,
        string workflowInstanceId);

    [LoggerMessage(2022, LogLevel.Information, "Signal {CaseId} has a new follower")]
    public static partial void SignalFollowed(ILogger logger, Guid caseId);

    [LoggerMessage(2023, LogLevel.Information, "Signal {CaseId} was reopened")]
    public static partial void SignalReopened(ILogger logger, Guid caseId);

    [LoggerMessage(2024, LogLevel.Warning,
        "Workflow instance {WorkflowInstanceId} asked to move case {CaseId} to {Status}, which is refused: {Reason}")]
    public static partial void StatusChangeRefused(ILogger logger, string workflowInstanceId, Guid caseId,
        CaseStatus status, string reason);

    [LoggerMessage(2025, LogLevel.Warning,
        "Workflow instance {WorkflowInstanceId} asked for {Effect} of case {CaseId}, which has no signal")]
    public static partial void SignalMissing(ILogger logger, string workflowInstanceId, string effect, Guid caseId);

    [LoggerMessage(2026, LogLevel.Information,
        "Issued letter {RegistrationIndex} (document {DocumentId}) for case {CaseId}, signed: {Signed}")]
    public static partial void LetterIssued(ILogger logger, string registrationIndex, Guid documentId, Guid caseId,
        bool signed);

    [LoggerMessage(2027, LogLevel.Information, "Signal workflow {DefinitionId} published as version {Version}")]
    public static partial void SignalWorkflowPublished(ILogger logger, string definitionId, int version);
}
