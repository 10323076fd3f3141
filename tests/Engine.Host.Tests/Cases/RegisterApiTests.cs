using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Cases;

/// <summary>
/// The register of incoming and outgoing documents through the API on the embedded default: citizens' uploads
/// entered as received, documents registered by hand, and who reads which entries.
/// </summary>
public sealed class RegisterApiTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_citizens_upload_is_entered_in_the_incoming_register_and_the_answer_has_its_index()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("upload"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var key = factory.CreateApiClient();

        var uploaded = await UploadAsync(citizen, request.Id, "снимка.pdf");
        var entries = await key.GetOkAsync($"/api/register?caseId={request.Id}&direction=Incoming");

        var index = (string?)uploaded["registrationIndex"];
        Assert.StartsWith("СОА", index, StringComparison.Ordinal);
        Assert.Contains("-ВХ-", index, StringComparison.Ordinal);
        var entry = entries["items"]!.AsArray().Single(e => (string?)e!["registrationIndex"] == index)!;
        Assert.Equal("Мария Петрова", (string?)entry["correspondent"]);
        Assert.Equal($"Документ към преписка {request.Index}: снимка.pdf", (string?)entry["subject"]);
        Assert.Equal((string?)uploaded["id"], (string?)entry["documentId"]);
        Assert.Equal(request.Index, (string?)entry["caseIndex"]);
        Assert.Equal("Incoming", (string?)entry["direction"]);
    }

    [Fact]
    public async Task A_staff_upload_is_not_registered_by_itself()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("staff-upload"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        var uploaded = await UploadAsync(clerk, request.Id, "справка.pdf");
        var entries = await clerk.GetOkAsync($"/api/register?caseId={request.Id}");

        Assert.Null(uploaded["registrationIndex"]);
        Assert.DoesNotContain(entries["items"]!.AsArray(), e => (string?)e!["documentId"] == (string?)uploaded["id"]);
    }

    [Fact]
    public async Task A_document_registered_by_hand_gets_the_next_index_of_its_directions_default_register()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("by-hand"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        var document = await citizen.AddDocumentAsync(request.Id, "a.pdf");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        using var response = await clerk.PostAsJsonAsync("/api/register", new
        {
            direction = "outgoing",
            correspondent = "Мария Петрова",
            subject = "Уведомление за ремонт",
            caseId = request.Index.ToLowerInvariant(),
            documentId = document,
        });
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(response.StatusCode == HttpStatusCode.Created, created?.ToJsonString());
        Assert.Equal("ИЗХ", (string?)created!["register"]);
        Assert.Matches(@"^СОА\d\d-ИЗХ-\d+/\d\d\.\d\d\.\d{4}$", (string?)created["registrationIndex"]);
        Assert.Equal(request.Id.ToString(), (string?)created["caseId"]);
        Assert.Equal(request.Index, (string?)created["caseIndex"]);
        Assert.Equal(document.ToString(), (string?)created["documentId"]);
        Assert.Equal("clerk@sofia.example", (string?)created["createdBy"]);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_each_field_named_and_nothing_registered()
    {
        using var key = factory.CreateApiClient();
        var before = (int)(await key.GetOkAsync("/api/register?pageSize=1"))["total"]!;

        using var response = await key.PostAsJsonAsync("/api/register?culture=en", new
        {
            direction = "sideways",
            correspondent = "  ",
            subject = new string('я', 501),
            date = "2999-01-01",
            documentId = Guid.NewGuid(),
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var after = (int)(await key.GetOkAsync("/api/register?pageSize=1"))["total"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem!["errors"]!.AsObject();
        Assert.Equal(["correspondent", "date", "direction", "documentId", "subject"],
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Contains("incoming or outgoing", (string?)errors["direction"], StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_register_that_does_not_take_the_direction_is_refused_beside_the_register()
    {
        using var key = factory.CreateApiClient();

        using var response = await key.PostAsJsonAsync("/api/register", new
        {
            direction = "Outgoing", register = "вх", correspondent = "Мария Петрова", subject = "Писмо",
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["register"], problem!["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("не приема", (string?)problem["errors"]!["register"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_of_another_case_is_refused()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("other-document"));
        var first = await citizen.OpenCaseAsync("Счупена пейка");
        var second = await citizen.OpenCaseAsync("Паднало дърво");
        var document = await citizen.AddDocumentAsync(second.Id, "b.pdf");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        using var response = await clerk.PostAsJsonAsync("/api/register", new
        {
            direction = "Incoming", correspondent = "Мария Петрова", subject = "Писмо", caseId = first.Id,
            documentId = document,
        });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["documentId"], problem!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Clerks_read_their_departments_entries_and_an_administrator_also_those_without_a_case()
    {
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("reader"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var key = factory.CreateApiClient();
        var loose = await key.PostOkAsync("/api/register", new JsonObject
        {
            ["direction"] = "Incoming", ["correspondent"] = "Фирма ЕООД", ["subject"] = "Покана за среща",
        });
        using var clerk = await SignedInAsync("clerk@sofia.example");
        using var roads = await SignedInAsync("roads@sofia.example");

        var reception = await Indexes(clerk);
        var other = await Indexes(roads);
        var all = await Indexes(key);

        Assert.Contains(request.Index, reception);
        Assert.DoesNotContain((string)loose["registrationIndex"]!, reception);
        Assert.DoesNotContain(request.Index, other);
        Assert.Contains(request.Index, all);
        Assert.Contains((string)loose["registrationIndex"]!, all);
    }

    [Fact]
    public async Task The_list_finds_Cyrillic_text_in_any_case_and_refuses_a_date_it_cannot_read()
    {
        using var key = factory.CreateApiClient();
        var subject = "Искане за СКИЦА " + Guid.NewGuid().ToString("N")[..8];
        await key.PostOkAsync("/api/register", new JsonObject
        {
            ["direction"] = "Incoming", ["correspondent"] = "Фирма ЕООД", ["subject"] = subject,
        });

        var found = await key.GetOkAsync("/api/register?q=" + Uri.EscapeDataString(subject.ToLowerInvariant()));
        using var bad = await key.GetAsync("/api/register?from=03.12.2026");

        Assert.Equal(subject, (string?)Assert.Single(found["items"]!.AsArray())!["subject"]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("2026-12-03", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> UploadAsync(HttpClient client, Guid caseId, string fileName)
    {
        using var pdf = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7\n% " + Guid.NewGuid() + "\n"));
        using var response = await client.PostAsync(
            $"/api/cases/{caseId}/documents?fileName={Uri.EscapeDataString(fileName)}", pdf);
        var document = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, document?.ToJsonString());
        return document!;
    }

    private static async Task<List<string>> Indexes(HttpClient client)
    {
        var page = await client.GetOkAsync("/api/register?pageSize=200");
        return [.. page["items"]!.AsArray().Select(e => (string)e!["registrationIndex"]!)];
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = factory.Browser();
        await browser.SignInAsync(email, DemoAccounts.Password);
        return browser;
    }
}
