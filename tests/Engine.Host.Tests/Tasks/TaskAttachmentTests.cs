using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Documents;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>
/// Completing a task with documents: through the API by their ids, and on the task page by ticking the case's
/// documents or uploading new ones into the case, without JavaScript. Only the case's own documents are taken.
/// </summary>
public sealed class TaskAttachmentTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Clerk = "clerk@sofia.example";

    [Fact]
    public async Task The_API_completes_with_a_document_of_the_case_and_lists_it()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);
        var document = (string)(await DocumentCalls.UploadFormAsync(admin, caseId.ToString(), InboxCalls.Pdf,
            "скица.pdf"))["id"]!;

        TaskFlows.Ok(await Complete(clerk, taskId, document));
        var details = await InboxCalls.TaskAsync(clerk, taskId);

        Assert.Equal("Completed", (string?)details["task"]!["state"]);
        var attachment = Assert.Single(details["attachments"]!.AsArray())!;
        Assert.Equal((document, Clerk), ((string?)attachment["documentId"], (string?)attachment["addedBy"]));
    }

    [Fact]
    public async Task The_API_refuses_a_document_of_another_case_naming_the_attachments_field()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (_, taskId) = await ClaimedTaskAsync(admin, clerk);
        var (otherCase, _) = await InboxCalls.OpenCaseAsync(admin);
        var foreign = (string)(await DocumentCalls.UploadFormAsync(admin, otherCase.ToString(), InboxCalls.Pdf,
            "чужда.pdf"))["id"]!;

        using var response = await Complete(clerk, taskId, foreign);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var details = await InboxCalls.TaskAsync(clerk, taskId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The task's form has errors", (string?)problem!["title"]);
        Assert.Contains(foreign, (string?)problem["errors"]!["attachments"], StringComparison.Ordinal);
        Assert.Contains("преписката", (string?)problem["errors"]!["attachments"], StringComparison.Ordinal);
        Assert.Equal("Claimed", (string?)details["task"]!["state"]);
        Assert.Empty(details["attachments"]!.AsArray());
    }

    [Fact]
    public async Task On_the_page_a_clerk_ticks_a_case_document_and_uploads_a_new_one_and_the_closed_task_lists_both()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);
        var sketch = (string)(await DocumentCalls.UploadFormAsync(admin, caseId.ToString(), InboxCalls.Pdf,
            "скица.pdf"))["id"]!;
        var form = await clerk.GetStringAsync($"/inbox/tasks/{taskId}");

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId,
            [("outcome", "done"), ("attachments", sketch)], ("решение.pdf", InboxCalls.Pdf));
        var documents = await InboxCalls.CaseDocumentsAsync(admin, caseId);
        var attached = (await InboxCalls.TaskAsync(clerk, taskId))["attachments"]!.AsArray()
            .Select(a => (string)a!["documentId"]!).Order().ToList();
        var closed = await clerk.GetStringAsync($"/inbox/tasks/{taskId}");

        Assert.Contains("enctype=\"multipart/form-data\"", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"attachments\" value=\"{sketch}\"", form, StringComparison.Ordinal);
        Assert.Contains("type=\"file\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Задачата е изпълнена.", html, StringComparison.Ordinal);
        var decision = Assert.Single(documents, d => (string?)d!["name"] == "решение.pdf")!;
        Assert.Equal(Clerk, (string?)decision["createdBy"]);
        Assert.Equal(new[] { sketch, (string)decision["id"]! }.Order(), attached);
        Assert.Contains("<h2>Приложения</h2>", closed, StringComparison.Ordinal);
        Assert.Contains(">скица.pdf</a>", closed, StringComparison.Ordinal);
        Assert.Contains(">решение.pdf</a>", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_page_a_document_of_another_case_is_refused_beside_the_attachments_and_nothing_is_uploaded()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);
        var (otherCase, _) = await InboxCalls.OpenCaseAsync(admin);
        var foreign = (string)(await DocumentCalls.UploadFormAsync(admin, otherCase.ToString(), InboxCalls.Pdf,
            "чужда.pdf"))["id"]!;

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId,
            [("outcome", "done"), ("attachments", foreign)], ("решение.pdf", InboxCalls.Pdf));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#field-attachments\">Няма документ " + foreign, html, StringComparison.Ordinal);
        Assert.Matches("id=\"field-attachments\" class=\"field has-error\"", html);
        Assert.Empty(await InboxCalls.CaseDocumentsAsync(admin, caseId));
        Assert.Equal("Claimed", (string?)(await InboxCalls.TaskAsync(clerk, taskId))["task"]!["state"]);
    }

    [Fact]
    public async Task On_the_page_a_file_of_a_type_not_accepted_is_refused_beside_the_upload()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId, [("outcome", "done")],
            ("решение.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(
            "<p class=\"field-error\" id=\"field-files-error\">Файлът „решение.pdf“ не е от приетите видове.",
            html, StringComparison.Ordinal);
        Assert.Empty(await InboxCalls.CaseDocumentsAsync(admin, caseId));
        Assert.Equal("Claimed", (string?)(await InboxCalls.TaskAsync(clerk, taskId))["task"]!["state"]);
    }

    [Fact]
    public async Task When_one_of_two_files_is_refused_the_other_is_not_kept_either()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId, [("outcome", "done")],
            ("решение.pdf", InboxCalls.Pdf), ("празен.pdf", []));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Файлът „празен.pdf“ е празен.", html, StringComparison.Ordinal);
        Assert.Empty(await InboxCalls.CaseDocumentsAsync(admin, caseId));
        Assert.Empty((await InboxCalls.TaskAsync(clerk, taskId))["attachments"]!.AsArray());
    }

    [Fact]
    public async Task A_refused_decision_uploads_nothing()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId, [("outcome", "maybe")],
            ("решение.pdf", InboxCalls.Pdf));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Изберете един от отговорите: done.", html, StringComparison.Ordinal);
        Assert.Empty(await InboxCalls.CaseDocumentsAsync(admin, caseId));
    }

    [Fact]
    public async Task A_file_over_the_documents_limit_is_refused_on_the_page_with_the_limit()
    {
        await using var small = new HostFactory(new Dictionary<string, string?>
        {
            ["Documents:MaxUploadBytes"] = "1048576",
        });
        using var admin = small.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(small, Clerk);
        var (caseId, taskId) = await ClaimedTaskAsync(admin, clerk);
        var big = new byte[2 * 1024 * 1024];
        InboxCalls.Pdf.CopyTo(big, 0);

        var (status, html) = await InboxCalls.DecideAsync(clerk, taskId, [("outcome", "done")], ("скан.pdf", big));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Файлът „скан.pdf“ е по-голям от 1 MB.", html, StringComparison.Ordinal);
        Assert.Empty(await InboxCalls.CaseDocumentsAsync(admin, caseId));
    }

    [Fact]
    public async Task Through_Kestrel_the_page_takes_a_file_larger_than_the_hosts_default_request_limit()
    {
        var data = Directory.CreateTempSubdirectory("casesystem-kestrel-").FullName;
        try
        {
            using var host = await HostProcess.StartAsync(data, TimeSpan.FromSeconds(90));
            using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() };
            using var clerk = new HttpClient(handler) { BaseAddress = host.Address };
            await clerk.SignInAsync(Clerk, CaseSystem.Host.Accounts.DemoAccounts.Password);
            var (caseId, taskId) = await ClaimedTaskAsync(host.Client, clerk);
            var scan = new byte[6 * 1024 * 1024];
            InboxCalls.Pdf.CopyTo(scan, 0);

            var (status, html) = await InboxCalls.DecideAsync(clerk, taskId, [("outcome", "done")],
                ("скан.pdf", scan));

            Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {html}");
            var document = Assert.Single(await InboxCalls.CaseDocumentsAsync(host.Client, caseId))!;
            Assert.Equal(scan.Length, (long)document["versions"]![0]!["size"]!);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A one-task service started for a new case of the reception, its task claimed by the clerk.
    /// </summary>
    private static async Task<(Guid CaseId, string TaskId)> ClaimedTaskAsync(HttpClient admin, HttpClient clerk)
    {
        var (caseId, _) = await InboxCalls.OpenCaseAsync(admin);
        var definitionId = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("permit"), "Разрешения", "Решение по разрешение"));
        var taskId = await InboxCalls.StartTaskAsync(admin, definitionId, caseId.ToString());
        TaskFlows.Ok(await clerk.PostAsync($"/api/tasks/{taskId}/claim", null));
        return (caseId, taskId);
    }

    private static Task<HttpResponseMessage> Complete(HttpClient client, string taskId, string documentId) =>
        client.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new JsonObject { ["outcome"] = "done", ["attachments"] = new JsonArray(documentId) });
}
