using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Instances;

/// <summary>Copies an instance's state into its rows.</summary>
internal static class InstanceMapper
{
    private static readonly JsonWriterOptions CompactWriter = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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

    /// <summary>The journal entries of one run, as one row.</summary>
    public static JournalBatchRecord ToBatch(WorkflowInstance instance)
    {
        var entries = instance.Journal;
        var buffer = new ArrayBufferWriter<byte>(256 * entries.Count);
        using (var json = new Utf8JsonWriter(buffer, CompactWriter))
        {
            json.WriteStartArray();
            Span<char> time = stackalloc char[64];
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteNumber("sequence", entry.Sequence);
                json.WriteString("activityId", entry.ActivityId);
                json.WriteString("activityType", entry.ActivityType);
                json.WriteString("activityName", entry.ActivityName);
                json.WriteNumber("activityInstance", entry.ActivityInstance);
                json.WriteString("kind", KindText(entry.Kind));
                entry.Timestamp.ToUniversalTime().TryFormat(time, out var length, "O", CultureInfo.InvariantCulture);
                json.WriteString("timestamp", time[..length]);
                json.WriteString("outcomes",
                    entry.Outcomes is { Count: > 0 } outcomes ? string.Join(',', outcomes) : null);
                json.WriteString("message", entry.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return new JournalBatchRecord
        {
            InstanceId = instance.Id,
            FirstSequence = entries[0].Sequence,
            LastSequence = entries[^1].Sequence,
            CreatedAt = entries[0].Timestamp.ToUniversalTime(),
            Entries = Encoding.UTF8.GetString(buffer.WrittenSpan),
        };
    }

    // Enum.ToString allocates a string per entry; the kinds are few and fixed.
    private static string KindText(JournalEventKind kind) => kind switch
    {
        JournalEventKind.Started => nameof(JournalEventKind.Started),
        JournalEventKind.Completed => nameof(JournalEventKind.Completed),
        JournalEventKind.Suspended => nameof(JournalEventKind.Suspended),
        JournalEventKind.Resumed => nameof(JournalEventKind.Resumed),
        _ => kind.ToString(),
    };

    /// <summary>The entries of a stored batch, in order.</summary>
    public static IEnumerable<JournalRecord> Entries(JournalBatchRecord batch)
    {
        foreach (var item in JsonNode.Parse(batch.Entries) as JsonArray ?? [])
        {
            var e = item!.AsObject();
            yield return new JournalRecord
            {
                InstanceId = batch.InstanceId,
                Sequence = e["sequence"]!.GetValue<long>(),
                ActivityId = e["activityId"]!.GetValue<string>(),
                ActivityType = e["activityType"]!.GetValue<string>(),
                ActivityName = e["activityName"]?.GetValue<string>(),
                ActivityInstance = e["activityInstance"]!.GetValue<long>(),
                Kind = e["kind"]!.GetValue<string>(),
                Timestamp = DateTimeOffset.Parse(e["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture),
                Outcomes = e["outcomes"]?.GetValue<string>(),
                Message = e["message"]?.GetValue<string>(),
            };
        }
    }

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
