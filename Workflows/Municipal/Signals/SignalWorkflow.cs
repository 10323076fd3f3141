using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Municipal.Activities;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// The signal workflow shipped in the assembly (<c>Definitions/signal.json</c>, Elsa 3 JSON) and its loader. At
/// start the host calls <see cref="LoadAsync"/>: it adds the municipal activities to the engine, publishes the
/// shipped definition when none is published or the published one is an older shipped revision
/// (<c>customProperties.caseSystemRevision</c>), and starts the workflows of signals filed while none could run.
/// An administrator's version is kept when it sets <c>customProperties.caseSystemPinned</c> to true; otherwise a
/// newer shipped revision becomes a new version, the administrator's staying in the history.
/// </summary>
public sealed class SignalWorkflow(WorkflowEngine engine, WorkflowRuntime runtime, MunicipalActivities activities,
    ILogger<SignalWorkflow> logger)
{
    public const string DefinitionId = "casesystem-signal";
    public const string RevisionProperty = "caseSystemRevision";
    public const string PinnedProperty = "caseSystemPinned";
    private const string Resource = "CaseSystem.Workflows.Municipal.Definitions.signal.json";

    /// <summary>The shipped definition's text.</summary>
    public static string Json()
    {
        using var stream = typeof(SignalWorkflow).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The assembly lacks its resource {Resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The shipped revision.</summary>
    public static int ShippedRevision => RevisionOf(JsonNode.Parse(Json())?["customProperties"] as JsonObject);

    /// <summary>
    /// Registers the activities and publishes the shipped definition if needed; true when it published. Call it
    /// before the host serves, then <see cref="SignalService.StartPendingWorkflowsAsync"/> in a scope.
    /// </summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken = default)
    {
        activities.AddTo(engine.Registry);

        var published = await runtime.Definitions.FindAsync(DefinitionId, VersionOptions.Published, cancellationToken);
        var shipped = engine.Read(Json());
        if (published is not null
            && (published.CustomProperties[PinnedProperty]?.GetValue<bool>() is true
                || RevisionOf(published.CustomProperties) >= RevisionOf(shipped.CustomProperties)))
        {
            return false;
        }

        var saved = await runtime.Definitions.SaveAsync(shipped, cancellationToken);
        await runtime.PublishAsync(saved.DefinitionId, cancellationToken);
        Log.SignalWorkflowPublished(logger, saved.DefinitionId, saved.Version);
        return true;
    }

    private static int RevisionOf(JsonObject? properties) =>
        properties?[RevisionProperty] is JsonValue value && value.TryGetValue<int>(out var revision) ? revision : 0;
}
