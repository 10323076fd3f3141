using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>An instance's document, written straight into UTF-8 (see <see cref="InstanceSerializer"/>).</summary>
internal static class InstanceWriter
{
    // Cyrillic text stays readable in stored documents instead of turning into \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A document is written in one synchronous call, so each thread can keep one buffer and writer for the next.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? _cached;

    /// <summary>Buffers that grew past this for an unusually large instance are not kept.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    public static string Write(CompiledWorkflow workflow, WorkflowInstance instance)
    {
        var (buffer, json) = _cached ?? (new ArrayBufferWriter<byte>(4096), new Utf8JsonWriter(Stream.Null, Options));
        _cached = null;
        json.Reset(buffer);
        try
        {
            WriteInstance(json, workflow, instance);
            json.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity <= KeptBufferBytes)
            {
                buffer.ResetWrittenCount();
                _cached = (buffer, json);
            }
        }
    }

    private static void WriteInstance(Utf8JsonWriter json, CompiledWorkflow workflow, WorkflowInstance instance)
    {
        json.WriteStartObject();
        json.WriteString("id", instance.Id);
        json.WriteString("definitionId", instance.DefinitionId);
        json.WriteString("definitionVersionId", instance.DefinitionVersionId);
        json.WriteNumber("version", instance.Version);
        json.WriteString("name", instance.Name);
        json.WriteString("correlationId", instance.CorrelationId);
        json.WriteString("status", StatusText(instance.Status));
        json.WriteString("subStatus", SubStatusText(instance.SubStatus));
        WriteTime(json, "createdAt", instance.CreatedAt);
        WriteTime(json, "updatedAt", instance.UpdatedAt);
        WriteTime(json, "finishedAt", instance.FinishedAt);
        WriteValue(json, "input", instance.Input);
        WriteValue(json, "output", instance.Output);

        json.WriteStartArray("outcomes");
        foreach (var outcome in instance.Outcomes)
        {
            json.WriteStringValue(outcome);
        }

        json.WriteEndArray();

        json.WriteStartObject("variables");
        foreach (var slot in workflow.Variables)
        {
            WriteValue(json, slot.Name, instance.Variables[slot.Index]);
        }

        json.WriteEndObject();

        json.WriteStartArray("scheduled");
        foreach (var work in instance.Scheduled)
        {
            json.WriteStartObject();
            json.WriteString("activity", workflow.Nodes[work.NodeIndex].Id);
            json.WriteNumber("scope", work.ScopeId);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("scopes");
        foreach (var scope in instance.Scopes)
        {
            WriteScope(json, workflow, scope);
        }

        json.WriteEndArray();

        json.WriteStartArray("bookmarks");
        if (instance.HasBookmarks)
        {
            foreach (var bookmark in instance.Bookmarks)
            {
                WriteBookmark(json, bookmark);
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("incidents");
        foreach (var incident in instance.Incidents)
        {
            WriteIncident(json, incident);
        }

        json.WriteEndArray();

        json.WriteStartObject("activityOutputs");
        foreach (var (node, values) in instance.ActivityOutputs)
        {
            WriteValue(json, workflow.Nodes[node].Id, values);
        }

        json.WriteEndObject();

        WriteValue(json, "lastResult", instance.LastResult);
        json.WriteNumber("nextActivityInstance", instance.NextActivityInstance);
        json.WriteNumber("nextJournalSequence", instance.NextJournalSequence);
        json.WriteEndObject();
    }

    private static void WriteScope(Utf8JsonWriter json, CompiledWorkflow workflow, ScopeState scope)
    {
        json.WriteStartObject();
        json.WriteNumber("id", scope.Id);
        json.WriteNumber("flowchart", scope.FlowchartIndex);
        json.WriteNumber("parent", scope.ParentScopeId);
        json.WriteString("owner", scope.OwnerNodeIndex < 0 ? null : workflow.Nodes[scope.OwnerNodeIndex].Id);
        json.WriteNumber("ownerActivityInstance", scope.OwnerActivityInstance);
        json.WriteNumber("queued", scope.Queued);
        json.WriteNumber("blocked", scope.Blocked);
        json.WriteNumber("activeChildren", scope.ActiveChildren);
        json.WriteBoolean("completed", scope.IsCompleted);
        if (scope.JoinTokens is null)
        {
            json.WriteNull("tokens");
        }
        else
        {
            json.WriteStartObject("tokens");
            foreach (var (connection, tokens) in scope.JoinTokens)
            {
                json.WriteNumber(connection.ToString(CultureInfo.InvariantCulture), tokens);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteBookmark(Utf8JsonWriter json, Bookmark bookmark)
    {
        json.WriteStartObject();
        json.WriteString("id", bookmark.Id);
        json.WriteString("name", bookmark.Name);
        json.WriteString("hash", bookmark.Hash);
        json.WriteString("payload", bookmark.Payload);
        json.WriteString("activityId", bookmark.ActivityId);
        json.WriteString("activityInstanceId", bookmark.ActivityInstanceId);
        json.WriteNumber("scope", bookmark.ScopeId);
        WriteTime(json, "createdAt", bookmark.CreatedAt);
        WriteTime(json, "resumeAt", bookmark.ResumeAt);
        json.WriteEndObject();
    }

    private static void WriteIncident(Utf8JsonWriter json, Incident incident)
    {
        json.WriteStartObject();
        json.WriteString("activityId", incident.ActivityId);
        json.WriteString("activityType", incident.ActivityType);
        json.WriteNumber("activityInstance", incident.ActivityInstance);
        json.WriteNumber("scope", incident.ScopeId);
        json.WriteString("message", incident.Message);
        json.WriteString("exceptionType", incident.ExceptionType);
        json.WriteString("code", incident.Code);
        json.WriteString("category", incident.Category);
        WriteTime(json, "timestamp", incident.Timestamp);
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        json.WritePropertyName(name);
        ValueConverter.WriteJson(json, value);
    }

    /// <summary>A moment in the round-trip format ("O"), with its offset, as <see cref="InstanceReader"/> reads it.
    /// </summary>
    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is not { } value)
        {
            json.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
    }

    // Enum.ToString allocates; the states a document names are few and fixed.
    private static string StatusText(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => nameof(WorkflowStatus.Running),
        WorkflowStatus.Finished => nameof(WorkflowStatus.Finished),
        _ => status.ToString(),
    };

    private static string SubStatusText(WorkflowSubStatus status) => status switch
    {
        WorkflowSubStatus.Pending => nameof(WorkflowSubStatus.Pending),
        WorkflowSubStatus.Executing => nameof(WorkflowSubStatus.Executing),
        WorkflowSubStatus.Suspended => nameof(WorkflowSubStatus.Suspended),
        WorkflowSubStatus.Finished => nameof(WorkflowSubStatus.Finished),
        WorkflowSubStatus.Faulted => nameof(WorkflowSubStatus.Faulted),
        WorkflowSubStatus.Cancelled => nameof(WorkflowSubStatus.Cancelled),
        _ => status.ToString(),
    };
}
