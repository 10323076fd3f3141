using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Runtime;

namespace CaseSystem.Workflows.Engine.Tests;

internal static class Stimuli
{
    public static Stimulus Event(string eventName, object? input = null)
    {
        var payload = Engine.Activities.Events.Event.Payload(eventName);
        return new Stimulus(payload.Name, payload.ToJsonObject(), input);
    }

    public static InMemoryWorkflowRuntime Runtime(this TestEngine engine) => new(engine.Engine, engine.Output);

    /// <summary>Publishes a flow on the runtime, answering with the compiled workflow.</summary>
    public static CompiledWorkflow Publish(this InMemoryWorkflowRuntime runtime, TestEngine engine, Flow flow) =>
        runtime.Publish(engine.Read(flow.Json));

    /// <summary>Reads one member of a bookmark's payload.</summary>
    public static string PayloadMember(Bookmark bookmark, string name) =>
        JsonNode.Parse(bookmark.Payload!)![name]!.GetValue<string>();
}
