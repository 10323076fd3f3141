using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseSystem.Host.Api;
using CaseSystem.Host.Localization;
using CaseSystem.Workflows.Municipal.Tasks;

namespace CaseSystem.Host.Tasks;

/// <summary>
/// The clerks' tasks under <c>/api/tasks</c>: list and filter, read, claim, release, delegate, resolve, complete,
/// comment, and a supervisor's reassignment. Who may do what is decided by <see cref="TaskService"/> for the
/// signed-in account; a task the caller may not see answers 404, as if it did not exist.
/// </summary>
internal static class TaskEndpoints
{
    public static RouteGroupBuilder MapTaskEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", ListAsync).WithSummary("Tasks the caller may see, filtered, sorted and a page at a time");
        group.MapGet("/{id}", GetAsync).WithSummary("A task with its comments, history and attachments");
        group.MapPost("/{id}/claim", (TaskService tasks, ClaimsPrincipal user, string id, CancellationToken ct) =>
            Done(tasks.ClaimAsync(TaskActors.Of(user), id, ct))).WithSummary("Take an open task of your groups");
        group.MapPost("/{id}/release", (TaskService tasks, ClaimsPrincipal user, string id, CancellationToken ct) =>
            Done(tasks.ReleaseAsync(TaskActors.Of(user), id, ct))).WithSummary("Give a claimed task back");
        group.MapPost("/{id}/delegate", DelegateAsync).WithSummary("Have a colleague do it; you review the result");
        group.MapPost("/{id}/resolve", ResolveAsync).WithSummary("A delegate hands the task back to its owner");
        group.MapPost("/{id}/complete", CompleteAsync).WithSummary("Complete with an outcome and the form's data");
        group.MapPost("/{id}/comments", CommentAsync).WithSummary("Add a comment");
        group.MapPost("/{id}/reassign", ReassignAsync).WithSummary("A supervisor gives the task to someone else");
        api.MapGet("/departments/{code}/tasks", DepartmentAsync).WithTags("Tasks")
            .WithSummary("A department's open and overdue tasks, for its supervisor");
        api.MapGet("/notifications", NotificationsAsync).WithTags("Tasks")
            .WithSummary("Your notifications (reminders, escalations, tasks given to you), newest first; ?unread=true");
        api.MapPost("/notifications/{id:long}/read", ReadAsync).WithTags("Tasks")
            .WithSummary("Mark one of your notifications read");
        return api;
    }

    private static async Task<IResult> ListAsync(TaskService tasks, TimeProvider time, ClaimsPrincipal user,
        bool? mine, bool? groups, bool? overdue, Guid? caseId, string? definitionId, string? q, bool? closed,
        TaskSort? sort, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (page < 1 || pageSize is < 1 or > 200)
        {
            throw new BadRequestException("The page is out of range", "page starts at 1; pageSize is 1 to 200.");
        }

        var result = await tasks.ListAsync(TaskActors.Of(user), new TaskFilter
        {
            Mine = mine ?? false,
            MyGroups = groups ?? false,
            Overdue = overdue ?? false,
            CaseId = caseId,
            DefinitionId = definitionId,
            Text = q,
            IncludeClosed = closed ?? false,
            Sort = sort ?? TaskSort.Due,
            Page = page ?? 1,
            PageSize = pageSize ?? 25,
        }, cancellationToken);
        return Results.Ok(new
        {
            items = result.Items.Select(t => TaskView.From(t, time.GetUtcNow())),
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
        });
    }

    private static async Task<IResult> GetAsync(TaskService tasks, TimeProvider time, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var details = await tasks.GetAsync(TaskActors.Of(user), id, cancellationToken);
        return Results.Ok(new
        {
            task = TaskView.From(details.Task, time.GetUtcNow()),
            comments = details.Comments.Select(c => new { c.Author, c.At, c.Text }),
            history = details.History.Select(h => new { h.At, h.Actor, h.Action, h.Detail }),
            attachments = details.Attachments.Select(a => new { a.DocumentId, a.AddedBy, a.At }),
        });
    }

    private static async Task<IResult> DelegateAsync(HttpRequest request, TaskService tasks, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var to = Required(body, "to", "the user name (e-mail) of the colleague to delegate to");
        await tasks.DelegateAsync(TaskActors.Of(user), id, to, Text(body, "note"), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ResolveAsync(HttpRequest request, TaskService tasks, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadOptionalObjectAsync(request, cancellationToken);
        await tasks.ResolveAsync(TaskActors.Of(user), id, Text(body, "note"), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> CompleteAsync(HttpRequest request, TaskService tasks, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var outcome = Required(body, "outcome", "one of the task's outcomes");
        var attachments = (body["attachments"] as JsonArray ?? [])
            .Select(a => Guid.TryParse(a?.GetValue<string>(), out var g)
                ? g
                : throw new BadRequestException("An attachment is not a document id",
                    "List the ids of documents already uploaded to the case."))
            .ToList();
        await tasks.CompleteAsync(TaskActors.Of(user), id, outcome, body["formData"] as JsonObject, attachments,
            cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> CommentAsync(HttpRequest request, TaskService tasks, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        await tasks.CommentAsync(TaskActors.Of(user), id, Required(body, "text", "the comment"), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ReassignAsync(HttpRequest request, TaskService tasks, ClaimsPrincipal user,
        string id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var to = Required(body, "to", "the user name (e-mail) of the new owner");
        await tasks.ReassignAsync(TaskActors.Of(user), id, to, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> DepartmentAsync(TaskService tasks, ClaimsPrincipal user, string code,
        CancellationToken cancellationToken) =>
        Results.Ok((await tasks.DepartmentLoadAsync(TaskActors.Of(user), code, cancellationToken)));

    private static async Task<IResult> Done(Task action)
    {
        await action;
        return Results.NoContent();
    }

    private static async Task<IResult> NotificationsAsync(TaskService tasks, ClaimsPrincipal user, bool? unread,
        CancellationToken cancellationToken)
    {
        var notifications = await tasks.NotificationsAsync(TaskActors.Of(user), unread ?? false, cancellationToken);
        return Results.Ok(notifications.Select(n => new
        {
            n.Id, n.Kind, n.TaskId, n.CaseId, text = Ui.Language == "en" ? n.TextEn : n.TextBg, n.CreatedAt, n.ReadAt,
        }));
    }

    private static async Task<IResult> ReadAsync(TaskService tasks, ClaimsPrincipal user, long id,
        CancellationToken cancellationToken) =>
        await tasks.MarkReadAsync(TaskActors.Of(user), id, cancellationToken)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unread notification",
                detail: $"Notification {id} is not yours, or was read already; GET /api/notifications lists yours.");

    private static string Required(JsonObject body, string name, string what) =>
        Text(body, name) ?? throw new BadRequestException($"'{name}' is missing", $"Give '{name}': {what}.");

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}

/// <summary>A task as the API shows it.</summary>
internal sealed record TaskView(string Id, string Title, string? Description, string Priority, string State,
    string? Assignee, string? DelegatedTo, Guid? CaseId, string InstanceId, string DefinitionId,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Overdue, JsonNode? Outcomes, JsonNode? Form,
    string? Outcome, DateTimeOffset? CompletedAt, string? CompletedBy)
{
    /// <summary>The task as seen at <paramref name="now"/> (the host's clock), which decides whether it is overdue.
    /// </summary>
    public static TaskView From(TaskRecord t, DateTimeOffset now) => new(t.Id, t.Title, t.Description, t.Priority,
        t.State.ToString(), t.Assignee, t.DelegatedTo, t.CaseId, t.InstanceId, t.DefinitionId, t.CreatedAt, t.DueAt,
        t.State is TaskState.Open or TaskState.Claimed && t.DueAt < now,
        t.Outcomes is null ? null : JsonNode.Parse(t.Outcomes), t.Form is null ? null : JsonNode.Parse(t.Form),
        t.Outcome, t.CompletedAt, t.CompletedBy);
}
