using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Documents;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Tasks;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>
/// One task: its case, documents, comments and history, and what the clerk can do with it, each a plain form
/// (no JavaScript needed). A refused action shows why, beside the field when a form field is the reason. The
/// decision's form is multipart: the clerk attaches documents of the case, or uploads new ones into it.
/// </summary>
[TakesDocuments]
public sealed class TaskModel(
    TaskService tasks, CaseService cases, DocumentLibrary documents, DocumentSettings settings, Ui ui) : PageModel
{
    /// <summary>The form field of files uploaded with the decision; its errors are shown under this key.</summary>
    public const string FilesField = "files";

    private readonly Dictionary<string, string> _values = [];

    public TaskDetails? Details { get; private set; }

    public CaseRecord? Case { get; private set; }

    public string? CaseStatus { get; private set; }

    public IReadOnlyList<DocumentRecord> Documents { get; private set; } = [];

    public string? Message { get; private set; }

    public Dictionary<string, string> FieldErrors { get; } = [];

    public bool Done { get; private set; }

    /// <summary>The case documents ticked in the decision's form, ticked again after a refusal.</summary>
    public IReadOnlyList<Guid> Selected { get; private set; } = [];

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

        // A value that is no id names no document: the service refuses it with the others it does not know.
        Selected = [.. Request.Form["attachments"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty)];
        var files = Request.Form.Files.GetFiles(FilesField).Where(f => f.FileName.Length > 0).ToList();
        var result = await ActAsync(id, actor => CompleteAsync(actor, id, outcome ?? "", formData, files,
            cancellationToken), cancellationToken);
        Done = Message is null;
        return result;
    }

    /// <summary>
    /// Checks the decision, then stores the uploaded files as documents of the task's case (the API's upload
    /// policy), then completes the task with them and the documents ticked. Nothing is uploaded for a decision that
    /// would be refused; if the completion still fails, the files just uploaded are deleted again.
    /// </summary>
    private async Task CompleteAsync(TaskActor actor, string id, string outcome, JsonObject formData,
        List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            await tasks.CompleteAsync(actor, id, outcome, formData, Selected, cancellationToken);
            return;
        }

        await tasks.CheckCompletionAsync(actor, id, outcome, formData, Selected, caseNeeded: true,
            cancellationToken);
        var caseId = (await tasks.GetAsync(actor, id, cancellationToken)).Task.CaseId!.Value.ToString();
        var uploaded = new List<Guid>();
        try
        {
            foreach (var file in files)
            {
                var documentId = Guid.NewGuid();
                await DocumentUploads.ReceiveAsync(file, settings,
                    upload => documents.AddAsync(documentId, caseId, actor.UserName, upload, cancellationToken),
                    cancellationToken);
                uploaded.Add(documentId);
            }

            await tasks.CompleteAsync(actor, id, outcome, formData, [.. Selected, .. uploaded], cancellationToken);
        }
        catch (Exception e) when (e is UploadRejectedException or TaskException)
        {
            foreach (var documentId in uploaded)
            {
                await documents.DeleteAsync(documentId, actor.UserName, CancellationToken.None);
            }

            if (e is UploadRejectedException rejected)
            {
                var file = files[uploaded.Count];
                var key = rejected.Reason switch
                {
                    UploadRejection.Empty => "task.upload-empty",
                    UploadRejection.TooLarge => "task.upload-large",
                    _ => "task.upload-type",
                };
                var error = string.Format(CultureInfo.CurrentCulture, ui[key], file.FileName,
                    settings.MaxUploadBytes / (1024 * 1024));
                Message = error;
                FieldErrors[FilesField] = error;
                Response.StatusCode = 400;
                return;
            }

            throw;
        }
    }

    /// <summary>The name of an attached document, from the case's documents; its id when it is not among them.
    /// </summary>
    public string AttachmentName(Guid documentId) =>
        Documents.FirstOrDefault(d => d.Id == documentId)?.Name ?? documentId.ToString();

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
