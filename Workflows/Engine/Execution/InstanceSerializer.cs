using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Writes an instance's whole state as one JSON document and reads it back against the compiled workflow of
/// the instance's version. Variables are stored by name and converted back to their declared types; activities
/// are referred to by id, so the document does not depend on how a compiler numbers nodes.
/// </summary>
/// <remarks>
/// Every run of a stored instance reads and writes its document once, so both stream: the document is never
/// held as a tree of JSON nodes, which cost more than the run itself.
/// </remarks>
public static class InstanceSerializer
{
    public static string Serialize(CompiledWorkflow workflow, WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(instance);

        return InstanceWriter.Write(workflow, instance);
    }

    /// <exception cref="JsonException">The document is not an instance of this workflow.</exception>
    public static WorkflowInstance Deserialize(CompiledWorkflow workflow, string json)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(json);

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, Encoding.UTF8.GetBytes(json, bytes)));
            return InstanceReader.Read(workflow, ref reader);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
