using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Moves the case to a citizen-visible status with a note for the citizen, and tells the citizen and whoever
/// follows the signal. With a closing reason, the reason's text (the law's, for art. 111(4)) is the note when none
/// is given. Done in the run's transaction; a change the case's rules refuse is logged and skipped.
/// </summary>
public sealed class SetCaseStatus : Activity
{
    public const string TypeNameValue = "CaseSystem.SetCaseStatus";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Set Case Status",
        Description = "Moves the case to a citizen-visible status and tells the citizen.",
        Inputs =
        [
            Input("status", "String", "Status", "The status the citizen sees.", UIHints.Dropdown, required: true,
                options: Enum.GetNames<CaseStatus>()),
            Input("note", "String", "Note", "Shown to the citizen beside the status; Liquid may be used.",
                UIHints.MultiLine),
            Input("closure", "String", "Closing reason", "Why the signal's handling ends, when it does.",
                UIHints.Dropdown, options: ["", .. Enum.GetNames<SignalClosure>()]),
            Input("duplicateOf", "String", "Duplicate of", "The registration index of the signal this one repeats."),
            Input("notify", "Boolean", "Notify", "Tell the citizen and the followers.", UIHints.Checkbox,
                defaultValue: true),
            CaseId(),
        ],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var text = context.Get<string>("status");
        if (!Enum.TryParse<CaseStatus>(text, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            throw new WorkflowFaultException(
                $"'{text}' is no case status; use one of {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
        }

        var closureText = context.Get<string>("closure");
        SignalClosure? closure = null;
        if (!string.IsNullOrWhiteSpace(closureText))
        {
            closure = Enum.TryParse<SignalClosure>(closureText, ignoreCase: true, out var parsed)
                ? parsed
                : throw new WorkflowFaultException($"'{closureText}' is no closing reason; use one of "
                    + string.Join(", ", Enum.GetNames<SignalClosure>()) + ".");
        }

        var note = context.Get<string>("note");
        var duplicateOf = context.Get<string>("duplicateOf");
        context.AddEffect(new CaseStatusEffect(ActivityFacts.CaseOf(context), status,
            string.IsNullOrWhiteSpace(note) ? null : note.Trim(), closure,
            string.IsNullOrWhiteSpace(duplicateOf) ? null : duplicateOf.Trim(),
            context.Get<bool?>("notify") is not false));
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
