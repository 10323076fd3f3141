using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// The supervisors of a department, for a human task only they may take (a signal's extension, which the law
/// leaves to a superior). A department without one faults the run: its incident says whom to appoint, and a retry
/// carries on once they have an account.
/// </summary>
public sealed class FindSupervisors(ActivityFacts facts) : Activity
{
    public const string TypeNameValue = "CaseSystem.FindSupervisors";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Find Supervisors",
        Description = "The user names of a department's supervisors, for a task's candidate users.",
        Inputs = [Input("department", "String", "Department", "The department's code.")],
        Outputs = [Output("supervisors", "String", "Supervisors", "Their user names, separated by commas.")],
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var department = context.Get<string>("department");
        if (string.IsNullOrWhiteSpace(department))
        {
            throw new WorkflowFaultException("Find Supervisors needs the department's code.");
        }

        var supervisors = await facts.SupervisorsAsync(department, context.CancellationToken);
        if (supervisors.Count == 0)
        {
            throw new WorkflowFaultException(
                $"Department '{department}' has no supervisor to decide this; give a member of it the supervisor "
                + "role, then retry the incident.");
        }

        context.SetOutput("supervisors", string.Join(",", supervisors));
        context.Complete();
    }
}
