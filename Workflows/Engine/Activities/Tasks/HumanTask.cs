using System.Collections;
using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Tasks;

/// <summary>
/// Puts a task in front of people and waits for their answer: each allowed outcome is a port, and the form data
/// and the person who completed it become outputs. With a deadline in working days, the task can be followed by
/// a reminder, an escalation, and (when <c>overduePort</c> is set) the <c>Overdue</c> port once the deadline
/// passes, which closes the task. A deadline in calendar days (a term set by law in days) may stand instead of the
/// working days or beside them, when the earlier of the two counts. Elsa has no such activity; the type is ours,
/// in Elsa's JSON.
/// </summary>
public sealed class HumanTask : Activity
{
    public const string StimulusName = "CaseSystem.HumanTask";
    public const string OverduePort = "Overdue";

    private static readonly string[] Priorities = ["Low", "Normal", "High", "Urgent"];

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = StimulusName,
        Category = "Human tasks",
        DisplayName = "Human Task",
        Description = "Puts a task in a clerk's inbox and follows the port of the outcome they choose.",
        IsBlocking = true,
        Inputs =
        [
            Input("title", "String", "Title", "What to do; Liquid may use the case's variables.", required: true),
            Input("description", "String", "Description", "Details for whoever does it.", UIHints.MultiLine),
            Input("assignee", "String", "Assignee", "The user who owns the task from the start."),
            Input("candidateGroups", "Object", "Candidate groups", "Departments whose members may claim it.",
                UIHints.MultiText),
            Input("candidateUsers", "Object", "Candidate users", "Users who may claim it.", UIHints.MultiText),
            Input("priority", "String", "Priority", "How urgent it is.", UIHints.Dropdown, defaultValue: "Normal",
                options: Priorities),
            Input("dueInWorkingDays", "Int32", "Due in (working days)", "The deadline, in working days."),
            Input("dueInCalendarDays", "Int32", "Due in (calendar days)",
                "A deadline in calendar days, days off included; with working days too, the earlier one."),
            Input("remindBeforeWorkingDays", "Int32", "Reminder (working days before)",
                "When to remind the owner before the deadline."),
            Input("escalate", "Boolean", "Escalate at the deadline", "Tell the supervisor once it passes.",
                UIHints.Checkbox, defaultValue: true),
            Input("overduePort", "Boolean", "Overdue port", "Close the task at the deadline and follow Overdue.",
                UIHints.Checkbox, defaultValue: false),
            Input("outcomes", "Object", "Outcomes", "The answers allowed; each is a port.", UIHints.MultiText,
                required: true),
            Input("form", "Object", "Form", "Fields to fill in: [{ name, label, type, required, options }].",
                UIHints.JsonEditor),
        ],
        Outputs =
        [
            Output("taskId", "String", "Task ID", "The id under which the task is completed."),
            Output("outcome", "String", "Outcome", "The answer chosen, or Overdue."),
            Output("formData", "Object", "Form data", "What was filled in."),
            Output("completedBy", "String", "Completed by", "Who completed the task."),
            Output("attachments", "Object", "Attachments", "The ids of the documents attached when completing."),
        ],
        Ports = [OverduePort],
        DynamicPortsInput = "outcomes",
    };

    /// <summary>The bookmark that completing the task resumes.</summary>
    public static BookmarkPayload Payload(string taskId) =>
        new(StimulusName, new JsonObject { ["taskId"] = taskId });

    /// <summary>What a completion carries to the workflow: the outcome, the form's data, who completed it and the
    /// ids of the documents they attached.</summary>
    public static JsonObject Completion(string outcome, JsonObject? formData, string completedBy,
        IReadOnlyList<string>? attachments = null) => new()
    {
        ["outcome"] = outcome,
        ["formData"] = formData?.DeepClone(),
        ["completedBy"] = completedBy,
        ["attachments"] = new JsonArray([.. (attachments ?? []).Select(a => (JsonNode?)JsonValue.Create(a))]),
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return ConstantOutcomes(node.Node);
    }

    public override IEnumerable<string> Validate(Definitions.ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        if (ConstantOutcomes(node) is { } outcomes)
        {
            if (outcomes.Count == 0)
            {
                yield return "a human task needs at least one outcome; list the answers a clerk may give.";
            }

            if (outcomes.Contains(OverduePort, StringComparer.Ordinal))
            {
                yield return $"'{OverduePort}' is the port taken at the deadline; name the outcome otherwise.";
            }
        }
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var taskId = Ids.New();
        var now = context.Now;
        var calendar = context.Services.Calendar;
        var dueDays = context.Get<int?>("dueInWorkingDays");
        var calendarDays = context.Get<int?>("dueInCalendarDays");
        var dueAt = Earlier(
            dueDays is > 0 ? calendar.AddWorkingDays(now, dueDays.Value) : null,
            calendarDays is > 0 ? calendar.AddCalendarDays(now, calendarDays.Value) : null);
        var remindDays = context.Get<int?>("remindBeforeWorkingDays");
        var remindAt = dueDays is > 0 && remindDays is > 0 && remindDays < dueDays
            ? calendar.AddWorkingDays(now, dueDays.Value - remindDays.Value)
            : (DateTimeOffset?)null;
        if (remindAt >= dueAt)
        {
            // The calendar days ended the task first: a reminder at or after its deadline would remind of nothing.
            remindAt = null;
        }
        var outcomes = Strings(context.Get("outcomes"));
        if (outcomes.Count == 0)
        {
            throw new WorkflowFaultException("The human task has no outcomes; list the answers a clerk may give.");
        }

        var priority = context.Get<string>("priority") is { Length: > 0 } p ? p : "Normal";
        if (!Priorities.Contains(priority, StringComparer.Ordinal))
        {
            throw new WorkflowFaultException(
                $"The priority '{priority}' is not one of {string.Join(", ", Priorities)}.");
        }

        context.SetOutput("taskId", taskId);
        context.CreateBookmark(Payload(taskId));
        if (dueAt is not null && context.Get<bool?>("overduePort") is true)
        {
            // Unique to this execution: only its own timer resumes it, with no input, which means overdue.
            context.CreateBookmark(Payload(taskId), includeActivityInstanceId: true, resumeAt: dueAt);
        }

        context.Options.Tasks?.Opened(new HumanTaskRequest(
            taskId,
            context.Node.Id,
            context.Get<string>("title") ?? "",
            context.Get<string>("description"),
            context.Get<string>("assignee") is { Length: > 0 } assignee ? assignee : null,
            Strings(context.Get("candidateGroups")),
            Strings(context.Get("candidateUsers")),
            priority,
            dueAt,
            remindAt,
            dueAt is not null && context.Get<bool?>("escalate") is not false,
            outcomes,
            ValueConverter.ToJson(context.Get("form")) as JsonArray));
        return ValueTask.CompletedTask;
    }

    public override ValueTask ResumeAsync(ActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);

        var taskId = context.GetOutputFrom(context.Node.Id, "taskId") as string ?? "";
        if (ValueConverter.ToJson(input) is not JsonObject completion)
        {
            // The deadline's timer: the task closes unanswered and the flow takes Overdue.
            context.SetOutput("outcome", OverduePort);
            context.Options.Tasks?.Closed(new HumanTaskClosing(taskId, OverduePort, Overdue: true, null, null));
            context.Complete(OverduePort);
            return ValueTask.CompletedTask;
        }

        var outcome = completion["outcome"]?.GetValue<string>() ?? "";
        var formData = completion["formData"] as JsonObject;
        var completedBy = completion["completedBy"]?.GetValue<string>();
        var attachments = Strings(completion["attachments"]);
        context.SetOutput("outcome", outcome);
        context.SetOutput("formData", ValueConverter.FromJson(formData));
        context.SetOutput("completedBy", completedBy);
        context.SetOutput("attachments", attachments);
        context.Options.Tasks?.Closed(new HumanTaskClosing(taskId, outcome, Overdue: false, formData, completedBy)
        {
            Attachments = attachments,
        });
        context.Complete(outcome);
        return ValueTask.CompletedTask;
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? first, DateTimeOffset? second) =>
        first is null ? second : second is null || first <= second ? first : second;

    /// <summary>The outcomes when the definition gives them as a constant; null when an expression does.</summary>
    private static List<string>? ConstantOutcomes(Definitions.ActivityNode node)
    {
        var expression = node.Inputs.GetValueOrDefault("outcomes")?.Expression;
        if (expression is null)
        {
            return [];
        }

        if (!string.Equals(expression.Kind, ExpressionKinds.Literal, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(expression.Kind, ExpressionKinds.Object, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return expression.Value switch
        {
            JsonArray array => Strings(array),
            JsonValue text when text.TryGetValue<string>(out var s) && s.TrimStart().StartsWith('[') =>
                Strings(JsonNode.Parse(s)),
            JsonValue text when text.TryGetValue<string>(out var s) => Strings(s),
            _ => [],
        };
    }

    /// <summary>A list of names from an array, a JSON array, or text separated by commas or new lines.</summary>
    private static List<string> Strings(object? value) => value switch
    {
        null => [],
        string text => [.. text.Split([',', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        JsonValue json when json.TryGetValue<string>(out var s) => Strings(s),
        JsonArray array => [.. array.Select(i => ValueConverter.ToText(ValueConverter.FromJson(i)) ?? "")
            .Where(s => s.Length > 0)],
        IEnumerable items => [.. items.Cast<object?>().Select(ValueConverter.ToText).OfType<string>()
            .Where(s => s.Length > 0)],
        _ => [ValueConverter.ToText(value) ?? ""],
    };
}
