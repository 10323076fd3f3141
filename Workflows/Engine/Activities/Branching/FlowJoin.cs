using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Branching;

/// <summary>
/// Merges branches. The runner decides when the join may run from the tokens on its inbound connections (see
/// <see cref="JoinMode"/>); once scheduled, the join simply completes.
/// </summary>
public sealed class FlowJoin : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.FlowJoin",
        Category = "Branching",
        DisplayName = "Join",
        Description = "Waits for any, all, or all active inbound branches, then continues once.",
        Inputs =
        [
            Input("mode", "String", "Mode",
                "WaitAny continues on the first branch and cancels the others; WaitAll waits for every branch; " +
                "WaitAllActive waits for the branches still running.",
                UIHints.Dropdown, defaultValue: "WaitAny", options: ["WaitAny", "WaitAll", "WaitAllActive"]),
        ],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
