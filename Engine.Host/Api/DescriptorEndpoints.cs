using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Host.Api;

/// <summary>What the Designer builds its toolbox and property panel from.</summary>
internal static class DescriptorEndpoints
{
    public static RouteGroupBuilder MapDescriptorEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/descriptors").WithTags("Descriptors");

        group.MapGet("/activities", (WorkflowEngine engine) =>
        {
            var items = engine.Registry.Descriptors.OrderBy(d => d.Category).ThenBy(d => d.DisplayName).Select(d => new
            {
                typeName = d.TypeName,
                d.Namespace,
                d.Name,
                d.Category,
                d.DisplayName,
                d.Description,
                kind = d.Kind.ToString(),
                d.IsBlocking,
                d.Ports,
                d.DynamicPortsInput,
                inputs = d.Inputs.Select(i => new
                {
                    i.Name,
                    i.TypeName,
                    i.DisplayName,
                    i.Description,
                    uiHint = i.UIHint,
                    i.IsRequired,
                    i.DefaultValue,
                    i.Options,
                }),
                d.Outputs,
            }).ToList();
            return Results.Ok(new { items, count = items.Count });
        }).WithSummary("Every activity type with its inputs, outputs and ports");

        group.MapGet("/expression-descriptors", () => Results.Ok(new
        {
            items = ExpressionKinds.Supported.Select(kind => new { type = kind, displayName = kind }),
        })).WithSummary("The expression kinds this engine runs");

        group.MapGet("/variables", () => Results.Ok(new
        {
            items = TypeNames.VariableTypes.Select(t => new { typeName = t, displayName = t }),
        })).WithSummary("The types a variable may have");

        return api;
    }
}
