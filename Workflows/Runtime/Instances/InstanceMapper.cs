using System.Text.Json;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>Copies an instance's state into its rows.</summary>
internal static class InstanceMapper
{
    public static InstanceRecord NewRecord(CompiledWorkflow workflow, WorkflowInstance instance, string? parentId) =>
        Update(new InstanceRecord
        {
            Id = instance.Id,
            DefinitionId = instance.DefinitionId,
            DefinitionVersionId = instance.DefinitionVersionId,
            Version = instance.Version,
            ParentInstanceId = parentId,
            State = "",
        }, workflow, instance);

    public static InstanceRecord Update(InstanceRecord record, CompiledWorkflow workflow, WorkflowInstance instance)
    {
        record.Name = instance.Name;
        record.CorrelationId = instance.CorrelationId;
        record.Status = instance.Status.ToString();
        record.SubStatus = instance.SubStatus.ToString();
        record.CreatedAt = instance.CreatedAt.ToUniversalTime();
        record.UpdatedAt = instance.UpdatedAt.ToUniversalTime();
        record.FinishedAt = instance.FinishedAt?.ToUniversalTime();
        record.IncidentCount = instance.Incidents.Count;
        record.State = InstanceSerializer.Serialize(workflow, instance);
        record.Revision++;
        return record;
    }

    public static BookmarkRecord ToRecord(WorkflowInstance instance, Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = instance.Id,
        Name = bookmark.Name,
        Hash = bookmark.Hash,
        Payload = bookmark.Payload,
        ActivityId = bookmark.ActivityId,
        CorrelationId = instance.CorrelationId,
        CreatedAt = bookmark.CreatedAt.ToUniversalTime(),
        ResumeAt = bookmark.ResumeAt?.ToUniversalTime(),
    };

    public static JournalRecord ToRecord(WorkflowInstance instance, JournalEntry entry) => new()
    {
        InstanceId = instance.Id,
        Sequence = entry.Sequence,
        ActivityId = entry.ActivityId,
        ActivityType = entry.ActivityType,
        ActivityName = entry.ActivityName,
        ActivityInstance = entry.ActivityInstance,
        Kind = entry.Kind.ToString(),
        Timestamp = entry.Timestamp.ToUniversalTime(),
        Outcomes = entry.Outcomes is { Count: > 0 } outcomes ? string.Join(',', outcomes) : null,
        Message = entry.Message,
    };

    public static IncidentRecord ToRecord(WorkflowInstance instance, Incident incident) => new()
    {
        InstanceId = instance.Id,
        ActivityId = incident.ActivityId,
        ActivityType = incident.ActivityType,
        Message = incident.Message,
        Code = incident.Code,
        Category = incident.Category,
        ExceptionType = incident.ExceptionType,
        Timestamp = incident.Timestamp.ToUniversalTime(),
    };

    public static string? InputToJson(object? input) =>
        input is null ? null : JsonSerializer.Serialize(Engine.Expressions.ValueConverter.ToJson(input));
}
