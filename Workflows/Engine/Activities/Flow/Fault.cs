using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Flow;

/// <summary>
/// Raises a fault: an incident is recorded and the instance faults or continues as its strategy says.
/// </summary>
public sealed class Fault : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.Fault",
        Category = "Flow",
        DisplayName = "Fault",
        Description = "Faults the workflow with a code, a category and a message.",
        Inputs =
        [
            Input("code", "String", "Code", "A code that identifies the fault."),
            Input("category", "String", "Category", "The kind of fault, for grouping incidents."),
            Input("message", "String", "Message", "What went wrong.", UIHints.MultiLine),
            Input("faultType", "String", "Fault type", "A name for the fault type, kept on the incident."),
        ],
        Ports = [],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        throw new WorkflowFaultException(context.Get<string>("message") ?? "The workflow faulted.")
        {
            Code = context.Get<string>("code"),
            Category = context.Get<string>("category"),
        };
    }
}
