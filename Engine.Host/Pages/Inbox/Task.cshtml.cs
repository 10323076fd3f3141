using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>
/// One task: its case, documents, comments and history, and what the clerk can do with it, each a plain form
/// (no JavaScript needed). A refused action shows why, beside the field when a form field is the reason.
/// </summary>
public sealed class TaskModel(TaskService tasks, CaseService cases, DocumentLibrary documents) : PageModel
{
    private readonly Dictionary<string, string> _values = [];

    public TaskDetails? Details { get; private set; }

    public CaseRecord? Case { get; private set; }

    public string? CaseStatus { get; private set; }

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];

    public string? Message { get; private set; }

    public Dictionary<string, string> FieldErrors { get; } = [];

    public bool Done { get; private set; }

    public bool IsOwner => Details?.Task.Assignee == User.Identity?.Name;

    public bool IsDelegate => Details?.Task.DelegatedTo == User.Identity?.Name;

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor) || User.IsInRole(Roles.Administrator);

    public Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostClaimAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.ClaimAsync(actor, id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.ReleaseAsync(actor, id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDelegateAsync(string id, string? to, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.DelegateAsync(actor, id, to ?? "", null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.ResolveAsync(actor, id, null, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReassignAsync(string id, string? to, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.ReassignAsync(actor, id, to ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCommentAsync(string id, string? text, CancellationToken cancellationToken) =>
        ActAsync(id, actor => tasks.CommentAsync(actor, id, text ?? "", cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostCompleteAsync(string id, string? outcome,
        CancellationToken cancellationToken)
    {
        var formData = new JsonObject();
        foreach (var (key, value) in Request.Form)
        {
            if (key.StartsWith("field.", StringComparison.Ordinal))
            {
                _values[key["field.".Length..]] = value.ToString();
                formData[key["field.".Length..]] = value.ToString();
            }
        }

        var result = await ActAsync(id, actor => tasks.CompleteAsync(actor, id, outcome ?? "", formData, [],
            cancellationToken), cancellationToken);
        Done = Message is null;
        return result;
    }

    /// <summary>What the clerk typed into a field, to show again after a refusal.</summary>
    public string? Value(string field) => _values.GetValueOrDefault(field);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, BulgarianCalendar.Sofia);

    private async Task<IActionResult> ActAsync(string id, Func<TaskActor, Task> action,
        CancellationToken cancellationToken)
    {
        try
        {
            await action(TaskActors.Of(User));
        }
        catch (TaskNotFoundException)
        {
            return NotFound();
        }
        catch (TaskException refused)
        {
            Message = refused.MessageFor(CultureInfo.CurrentUICulture);
            if (refused is TaskFormException form)
            {
                foreach (var (field, error) in form.Errors)
                {
                    FieldErrors[field] = error.MessageFor(CultureInfo.CurrentUICulture);
                }
            }

            Response.StatusCode = refused is TaskConflictException ? 409 : 400;
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            Details = await tasks.GetAsync(TaskActors.Of(User), id, cancellationToken);
        }
        catch (TaskNotFoundException)
        {
            return NotFound();
        }

        if (Details.Task.CaseId is { } caseId && await cases.FindAsync(caseId, cancellationToken) is { } found)
        {
            Case = found;
            CaseStatus = CaseStatusLabels.For(found.Status, CultureInfo.CurrentUICulture);
            Documents = await documents.ListAsync(caseId.ToString(), cancellationToken);
        }

        return Page();
    }
}
