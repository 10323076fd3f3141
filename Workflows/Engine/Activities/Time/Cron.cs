using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using Cronos;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Time;

/// <summary>
/// Starts the workflow on a cron schedule as a trigger; inside a flow, waits for the next occurrence. Five fields,
/// or six with seconds first (as Elsa writes them, <c>0 0 * * * *</c> is every hour).
/// </summary>
public sealed class Cron : TimeActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Cron",
        Category = "Scheduling",
        DisplayName = "Cron",
        Description = "Triggers on a cron schedule.",
        Kind = ActivityKind.Trigger,
        IsBlocking = true,
        Inputs = [Input("cronExpression", "String", "Cron expression",
            "When to trigger, as five or six cron fields (seconds first when six).", UIHints.CronEditor,
            required: true)],
    };

    public static CronExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
    }

    public static DateTimeOffset? NextOccurrence(string expression, DateTimeOffset after) =>
        Parse(expression).GetNextOccurrence(after, TimeZoneInfo.Utc);

    // Checked here rather than in Validate so that the error names the input as well as the activity.
    public override object? Prepare(CompiledNode node, ActivityCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(compilation);

        var expression = node.Node.Inputs.GetValueOrDefault("cronExpression")?.Expression;
        if (expression is null || !expression.Kind.Equals("Literal", StringComparison.OrdinalIgnoreCase)
            || expression.ValueAsString is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            Parse(text);
        }
        catch (CronFormatException e)
        {
            compilation.AddError("cronExpression", $"the cron expression '{text}' is invalid: {e.Message} Write " +
                "five fields (minute hour day month weekday) or six with seconds first, for example '0 0 * * * *'.");
        }

        return null;
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var expression = context.Get<string>("cronExpression")!;
        var next = NextOccurrence(expression, context.Now)
            ?? throw new WorkflowFaultException($"The cron expression '{expression}' has no next occurrence.");
        TimeActivities.WaitUntil(context, next);
        return ValueTask.CompletedTask;
    }

    public override IEnumerable<BookmarkPayload> GetTriggerPayloads(TriggerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        yield return new BookmarkPayload(Descriptor.TypeName,
            new JsonObject { ["cronExpression"] = context.Get<string>("cronExpression") });
    }
}
