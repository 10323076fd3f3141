using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Time;

/// <summary>
/// What the time activities share: when the moment they waited for comes (or their trigger fires), they simply
/// complete; the stimulus carries nothing to keep.
/// </summary>
public abstract class TimeActivity : Activity
{
    public override ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        context.Complete();
        return ValueTask.CompletedTask;
    }
}
