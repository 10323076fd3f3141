using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Events;

/// <summary>
/// Asks the application to do a task and waits until the task is completed through the API
/// (<c>POST /tasks/{taskId}/complete</c>); the task id is the <c>taskId</c> output.
/// </summary>
public sealed class RunTask : Activity
{
    public const string StimulusName = "Elsa.RunTask";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = StimulusName,
        Category = "Primitives",
        DisplayName = "Run Task",
        Description = "Requests a named task from the application and waits until it is completed.",
        IsBlocking = true,
        Inputs =
        [
            Input("taskName", "String", "Task name", "The name of the task to request.", required: true),
            Input("payload", "Object", "Payload", "Data for whoever runs the task.", UIHints.JsonEditor),
        ],
        Outputs =
        [
            Output("result", "Object", "Result", "What the task's completion carried."),
            Output("taskId", "String", "Task ID", "The id under which the task is completed."),
        ],
    };

    public static BookmarkPayload Payload(string taskId) =>
        new(StimulusName, new JsonObject { ["taskId"] = taskId });

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var taskId = Ids.New();
        context.SetOutput("taskId", taskId);
        context.CreateBookmark(Payload(taskId));
        return ValueTask.CompletedTask;
    }
}
