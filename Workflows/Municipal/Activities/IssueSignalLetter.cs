using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Signals;
using static CaseSystem.Workflows.Municipal.Activities.Describe;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Issues the response to the signal's sender: a letter from the letter template (in Bulgarian, the official
/// language), numbered in the outgoing register, signed with the municipality's certificate when one is
/// configured, stored as a document of the case, and announced to the sender. All in the run's transaction; the
/// document id is this execution's own, so a replayed run issues the same letter.
/// </summary>
public sealed class IssueSignalLetter : Activity
{
    public const string TypeNameValue = "CaseSystem.IssueSignalLetter";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeNameValue,
        Category = Describe.Category,
        DisplayName = "Issue Signal Letter",
        Description = "Renders, signs, registers and stores the response letter to the signal's sender.",
        Inputs =
        [
            Input("body", "String", "Body", "The answer; paragraphs separated by empty lines. Liquid may be used.",
                UIHints.MultiLine),
            Input("closure", "String", "Closing reason", "Adds the reason's standard paragraph (the law's, for "
                + "art. 111(4)).", UIHints.Dropdown, options: ["", .. Enum.GetNames<SignalClosure>()]),
            CaseId(),
        ],
        Outputs = [Output("documentId", "String", "Document", "The letter's document id in DocumentStore.")],
    };

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var body = (context.Get<string>("body") ?? "")
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var closureText = context.Get<string>("closure");
        SignalClosure? closure = string.IsNullOrWhiteSpace(closureText)
            ? null
            : Enum.TryParse<SignalClosure>(closureText, ignoreCase: true, out var parsed)
                ? parsed
                : throw new WorkflowFaultException($"'{closureText}' is no closing reason; use one of "
                    + string.Join(", ", Enum.GetNames<SignalClosure>()) + ".");
        if (body.Length == 0 && closure is null)
        {
            throw new WorkflowFaultException("The letter has no body and no closing reason; give it something to say.");
        }

        var documentId = ActivityFacts.StableId(context);
        context.AddEffect(new LetterEffect(ActivityFacts.CaseOf(context), documentId, body, closure));
        context.SetOutput("documentId", documentId.ToString());
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
