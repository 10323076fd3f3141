using System.Text.Json.Nodes;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

public sealed class SqliteTaskAttachmentTests() : TaskAttachmentTests(postgres: false);

public sealed class PostgresTaskAttachmentTests() : TaskAttachmentTests(postgres: true);

/// <summary>
/// Documents attached when a task is completed: only live documents of the task's case, saved with the
/// completion in the workflow's run, or not at all.
/// </summary>
public abstract class TaskAttachmentTests(bool postgres) : TaskHarnessTests(postgres)
{
    private static readonly TaskActor Clerk = new("clerk-a", ["Приемна"], false, false);

    [SkippableFact]
    public async Task Documents_of_the_case_are_attached_with_the_completion()
    {
        var (caseId, review) = await ClaimedReviewAsync();
        var sketch = await Harness.AddDocumentAsync(caseId.ToString());
        var photo = await Harness.AddDocumentAsync(caseId.ToString("B").ToUpperInvariant());

        var completed = await Harness.Service().CompleteAsync(Clerk, review.Id, "reject", Valid(),
            [sketch, photo, sketch]);
        var details = await Harness.Service().GetAsync(Clerk, review.Id);

        Assert.Equal(TaskState.Completed, completed.State);
        Assert.Equal(new[] { sketch, photo }.Order(), details.Attachments.Select(a => a.DocumentId).Order());
        Assert.All(details.Attachments, a => Assert.Equal(("clerk-a", completed.CompletedAt), (a.AddedBy, a.At)));
        Assert.Equal(["rejected"], Harness.Lines);
    }

    [SkippableFact]
    public async Task A_document_of_another_case_an_unknown_one_or_a_deleted_one_is_refused_and_nothing_resumes()
    {
        var (caseId, review) = await ClaimedReviewAsync();
        var own = await Harness.AddDocumentAsync(caseId.ToString());
        var foreign = await Harness.AddDocumentAsync(Guid.NewGuid().ToString());
        var deleted = await Harness.AddDocumentAsync(caseId.ToString(), deleted: true);
        var unknown = Guid.NewGuid();

        var errors = new List<TaskFormException>();
        foreach (var refused in new[] { foreign, deleted, unknown })
        {
            errors.Add(await Assert.ThrowsAsync<TaskFormException>(() => Harness.Service().CompleteAsync(
                Clerk, review.Id, "reject", Valid(), [own, refused])));
        }

        var details = await Harness.Service().GetAsync(Clerk, review.Id);
        Assert.All(errors, e => Assert.Equal([TaskFormException.AttachmentsField], e.Errors.Keys));
        Assert.Equal($"The task's case has no document {foreign}. Attach a document uploaded to this case.",
            errors[0].Errors[TaskFormException.AttachmentsField].English);
        Assert.Contains(unknown.ToString(), errors[2].Errors[TaskFormException.AttachmentsField].Bulgarian,
            StringComparison.Ordinal);
        Assert.DoesNotContain(own.ToString(), errors[1].Errors[TaskFormException.AttachmentsField].English,
            StringComparison.Ordinal);
        Assert.Equal(TaskState.Claimed, details.Task.State);
        Assert.Empty(details.Attachments);
        Assert.Empty(Harness.Lines);
    }

    [SkippableFact]
    public async Task A_document_deleted_after_the_check_is_refused_by_the_run_itself_and_nothing_is_saved()
    {
        var (caseId, review) = await ClaimedReviewAsync();
        var kept = await Harness.AddDocumentAsync(caseId.ToString());
        var gone = await Harness.AddDocumentAsync(caseId.ToString(), deleted: true);
        var foreign = await Harness.AddDocumentAsync(Guid.NewGuid().ToString());

        // What CompleteAsync hands the runtime once its check has passed, as if both went wrong after it. The task
        // still waits afterwards: the completion below resumes the same bookmark.
        var error = await Assert.ThrowsAsync<TaskFormException>(() => Harness.Runtime.CompleteHumanTaskAsync(
            review.Id, "reject", Valid(), Clerk.UserName, [kept.ToString(), gone.ToString(), foreign.ToString()]));
        var after = await Harness.Service().GetAsync(Clerk, review.Id);
        var completed = await Harness.Service().CompleteAsync(Clerk, review.Id, "reject", Valid(), [kept]);

        Assert.Equal($"The task's case has no document {gone}, {foreign}. Attach a document uploaded to this case.",
            error.Errors[TaskFormException.AttachmentsField].English);
        Assert.Equal(TaskState.Claimed, after.Task.State);
        Assert.Empty(after.Attachments);
        Assert.DoesNotContain(after.History, h => h.Action == TaskActions.Completed);
        Assert.Equal(TaskState.Completed, completed.State);
        Assert.Equal(kept, Assert.Single((await Harness.Service().GetAsync(Clerk, review.Id)).Attachments)
            .DocumentId);
    }

    [SkippableFact]
    public async Task A_bad_form_and_a_bad_attachment_are_reported_together()
    {
        var (_, review) = await ClaimedReviewAsync();

        var error = await Assert.ThrowsAsync<TaskFormException>(() => Harness.Service().CompleteAsync(
            Clerk, review.Id, "reject", [], [Guid.NewGuid()]));

        Assert.Equal(["amount", TaskFormException.AttachmentsField], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_task_without_a_case_takes_no_attachments()
    {
        var (_, review) = await ClaimedReviewAsync(correlationId: "СО-7");
        var document = await Harness.AddDocumentAsync(Guid.NewGuid().ToString());

        var error = await Assert.ThrowsAsync<TaskFormException>(() => Harness.Service().CompleteAsync(
            Clerk, review.Id, "reject", Valid(), [document]));
        var check = await Assert.ThrowsAsync<TaskFormException>(() => Harness.Service().CheckCompletionAsync(
            Clerk, review.Id, "reject", Valid(), [], caseNeeded: true));

        Assert.Contains("не е към преписка", error.Errors[TaskFormException.AttachmentsField].Bulgarian,
            StringComparison.Ordinal);
        Assert.Equal([TaskFormException.AttachmentsField], check.Errors.Keys);
    }

    [SkippableFact]
    public async Task Checking_a_completion_saves_and_resumes_nothing()
    {
        var (caseId, review) = await ClaimedReviewAsync();
        var document = await Harness.AddDocumentAsync(caseId.ToString());

        await Harness.Service().CheckCompletionAsync(Clerk, review.Id, "reject", Valid(), [document],
            caseNeeded: true);
        var refused = await Assert.ThrowsAsync<TaskFormException>(() => Harness.Service().CheckCompletionAsync(
            Clerk, review.Id, "maybe", Valid(), [], caseNeeded: true));

        var details = await Harness.Service().GetAsync(Clerk, review.Id);
        Assert.Equal([TaskFormException.OutcomeField], refused.Errors.Keys);
        Assert.Equal(TaskState.Claimed, details.Task.State);
        Assert.Empty(details.Attachments);
        Assert.Empty(Harness.Lines);
    }

    [SkippableFact]
    public async Task When_the_run_that_closes_the_task_fails_neither_the_completion_nor_its_attachments_are_saved()
    {
        var (caseId, review) = await ClaimedReviewAsync();
        var document = await Harness.AddDocumentAsync(caseId.ToString());
        Harness.Store.FailClosings = true;

        await Assert.ThrowsAnyAsync<Exception>(() => Harness.Service().CompleteAsync(
            Clerk, review.Id, "reject", Valid(), [document]));
        Harness.Store.FailClosings = false;
        var after = await Harness.Service().GetAsync(Clerk, review.Id);
        var retried = await Harness.Service().CompleteAsync(Clerk, review.Id, "reject", Valid(), [document]);

        Assert.Equal(TaskState.Claimed, after.Task.State);
        Assert.Empty(after.Attachments);
        Assert.DoesNotContain(after.History, h => h.Action == TaskActions.Completed);
        Assert.Equal(TaskState.Completed, retried.State);
        Assert.Equal(document, Assert.Single((await Harness.Service().GetAsync(Clerk, review.Id)).Attachments)
            .DocumentId);
    }

    /// <summary>Starts the review for a case (its correlation id) and claims it as the clerk.</summary>
    private async Task<(Guid CaseId, TaskRecord Review)> ClaimedReviewAsync(string? correlationId = null)
    {
        var caseId = Guid.NewGuid();
        await StartHarnessAsync();
        var definitionId = await Harness.PublishAsync(TaskWorkflows.ReviewAndSign("review-attachments"));
        await Harness.Runtime.ExecuteAsync(definitionId,
            new StartRequest { CorrelationId = correlationId ?? caseId.ToString() });
        var review = Assert.Single((await Harness.Service().ListAsync(Clerk, new TaskFilter())).Items);
        await Harness.Service().ClaimAsync(Clerk, review.Id);
        return (caseId, review);
    }

    private static JsonObject Valid() => new() { ["amount"] = "5" };
}
