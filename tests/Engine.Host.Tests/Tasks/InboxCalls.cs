using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>Cases, one-task services and tasks as the inbox page tests set them up through the API.</summary>
internal static class InboxCalls
{
    public static readonly byte[] Pdf = Encoding.UTF8.GetBytes("%PDF-1.7\n% решение по преписката\n%%EOF\n");

    public static async Task<HttpClient> SignedInAsync(HostFactory factory, string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }

    /// <summary>Opens a case of the reception as the administrator; answers its id and registration index.</summary>
    public static async Task<(Guid Id, string Index)> OpenCaseAsync(HttpClient admin)
    {
        using var response = await admin.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["serviceCode"] = "permit",
            ["title"] = "Разрешение за ремонт на фасада",
            ["applicantKind"] = "Company",
            ["applicantIdentifier"] = "131071587",
            ["applicantName"] = "Фасади ЕООД",
            ["departmentCode"] = "reception",
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        var matter = JsonNode.Parse(body)!["case"]!;
        return ((Guid)matter["id"]!, (string)matter["registrationIndex"]!);
    }

    /// <summary>A service with one task for the reception, named <paramref name="name"/>.</summary>
    public static JsonObject OneTask(string definitionId, string name, string title, string priority = "Normal",
        int? dueInWorkingDays = null)
    {
        var inputs = new List<(string, string, string)>
        {
            ("title", "String", title),
            ("candidateGroups", "Object", "reception"),
            ("priority", "String", priority),
            ("outcomes", "Object", "done"),
        };
        if (dueInWorkingDays is { } days)
        {
            inputs.Add(("dueInWorkingDays", "Int32", days.ToString(CultureInfo.InvariantCulture)));
        }

        var task = Definitions.Activity("work", "CaseSystem.HumanTask", [.. inputs]);
        var model = Definitions.Sequence(definitionId, task);
        model["name"] = name;
        return model;
    }

    /// <summary>Starts the definition for a correlation id and answers the id of the task it opened.</summary>
    public static async Task<string> StartTaskAsync(HttpClient admin, string definitionId, string correlationId)
    {
        var instanceId = await TaskFlows.StartAsync(admin, definitionId, correlationId);
        var task = await TaskFlows.FindAsync(admin, "closed=false", instanceId)
            ?? throw new InvalidOperationException($"Instance {instanceId} opened no task.");
        return (string)task["id"]!;
    }

    public static async Task<JsonObject> TaskAsync(HttpClient client, string taskId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!;

    public static async Task<JsonArray> CaseDocumentsAsync(HttpClient admin, Guid caseId) =>
        (await admin.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/documents"))!;

    /// <summary>Posts the task page's decision form as multipart, with its token, fields and files.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> DecideAsync(HttpClient browser, string taskId,
        IEnumerable<(string Name, string Value)> fields, params (string Name, byte[] Content)[] files)
    {
        var page = await browser.GetStringAsync($"/inbox/tasks/{taskId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PageForms.Token(page)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        using var response = await browser.PostAsync($"/inbox/tasks/{taskId}?handler=complete", form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
