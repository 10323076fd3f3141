using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Authorization;

/// <summary>
/// Every role against every case and case-document endpoint: a citizen reaches only their own case, staff only
/// their department's, an administrator all; what one may not see answers 404, what one sees but may not change
/// 403, and nobody signed in 401.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.World world)
    : IClassFixture<AuthorizationMatrixTests.World>
{
    public static TheoryData<string, string, string, string> Matrix => new()
    {
        // role, request, case (A: the citizen's, reception; B: filed by a roads clerk), expected: allowed,
        // hidden (404), forbidden (403) or anonymous (401).
        { "anonymous", "GET case", "A", "anonymous" },
        { "citizen", "GET case", "A", "allowed" },
        { "citizen", "GET case", "B", "hidden" },
        { "clerk", "GET case", "A", "allowed" },
        { "clerk", "GET case", "B", "hidden" },
        { "roads", "GET case", "A", "hidden" },
        { "roads", "GET case", "B", "allowed" },
        { "supervisor", "GET case", "A", "allowed" },
        { "admin", "GET case", "B", "allowed" },
        { "api-key", "GET case", "A", "allowed" },
        { "anonymous", "POST status", "A", "anonymous" },
        { "citizen", "POST status", "A", "forbidden" },
        { "roads", "POST status", "A", "hidden" },
        { "clerk", "POST status", "A", "allowed" },
        { "admin", "POST status", "B", "allowed" },
        { "anonymous", "GET documents", "A", "anonymous" },
        { "citizen", "GET documents", "A", "allowed" },
        { "citizen", "GET documents", "B", "hidden" },
        { "roads", "GET documents", "A", "hidden" },
        { "clerk", "GET documents", "A", "allowed" },
        { "citizen", "POST document", "A", "allowed" },
        { "citizen", "POST document", "B", "hidden" },
        { "roads", "POST document", "A", "hidden" },
        { "clerk", "POST document", "A", "allowed" },
        { "anonymous", "GET content", "A", "anonymous" },
        { "citizen", "GET content", "A", "allowed" },
        { "roads", "GET content", "A", "hidden" },
        { "supervisor", "GET content", "A", "allowed" },
        { "citizen", "PUT hold", "A", "forbidden" },
        { "roads", "PUT hold", "A", "hidden" },
        { "clerk", "PUT hold", "A", "allowed" },
        { "citizen", "POST link", "A", "allowed" },
        { "roads", "POST link", "A", "hidden" },
        { "citizen", "POST version", "A", "forbidden" },
        { "clerk", "POST version", "A", "allowed" },

        // The reception's review task of a running service (case A stands for it here).
        { "anonymous", "GET task", "A", "anonymous" },
        { "citizen", "GET task", "A", "forbidden" },
        { "roads", "GET task", "A", "hidden" },
        { "clerk", "GET task", "A", "allowed" },
        { "supervisor", "GET task", "A", "allowed" },
        { "admin", "GET task", "A", "allowed" },
        { "api-key", "GET task", "A", "allowed" },
        { "citizen", "GET tasks", "A", "forbidden" },
        { "roads", "GET tasks", "A", "allowed" },
        { "roads", "POST comment", "A", "hidden" },
        { "clerk", "POST comment", "A", "allowed" },
        { "citizen", "POST comment", "A", "forbidden" },
        { "roads", "POST claim", "A", "hidden" },
        { "clerk", "GET department", "A", "forbidden" },
        { "roads", "GET department", "A", "forbidden" },
        { "supervisor", "GET department", "A", "allowed" },
        { "admin", "GET department", "A", "allowed" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_exactly_what_it_should(string role, string request, string which,
        string expected)
    {
        var client = await world.ClientAsync(role);
        var caseId = which == "A" ? world.CaseA : world.CaseB;

        using var response = await SendAsync(client, request, caseId, world.DocumentOfA, world.TaskId);

        var status = response.StatusCode;
        var outcome = status switch
        {
            HttpStatusCode.Unauthorized => "anonymous",
            HttpStatusCode.Forbidden => "forbidden",
            HttpStatusCode.NotFound => "hidden",
            _ when (int)status < 400 || status == HttpStatusCode.Conflict => "allowed",
            _ => $"unexpected {(int)status}: {await response.Content.ReadAsStringAsync()}",
        };
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task Lists_show_a_citizen_their_cases_and_staff_their_departments()
    {
        var citizen = await Ids(await world.ClientAsync("citizen"));
        var roads = await Ids(await world.ClientAsync("roads"));
        var admin = await Ids(await world.ClientAsync("admin"));

        Assert.Contains(world.CaseA.ToString(), citizen);
        Assert.DoesNotContain(world.CaseB.ToString(), citizen);
        Assert.Contains(world.CaseB.ToString(), roads);
        Assert.DoesNotContain(world.CaseA.ToString(), roads);
        Assert.Contains(world.CaseA.ToString(), admin);
        Assert.Contains(world.CaseB.ToString(), admin);
    }

    private static async Task<List<string>> Ids(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/cases?pageSize=200");
        return [.. page!["items"]!.AsArray().Select(c => (string)c!["id"]!)];
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string request, Guid caseId,
        Guid document, string task) => request switch
    {
        "GET task" => client.GetAsync($"/api/tasks/{task}"),
        "GET tasks" => client.GetAsync("/api/tasks?groups=true"),
        "POST comment" => client.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = "проверено" }),
        "POST claim" => client.PostAsync($"/api/tasks/{task}/claim", null),
        "GET department" => client.GetAsync("/api/departments/reception/tasks"),
        "GET case" => client.GetAsync($"/api/cases/{caseId}"),
        "POST status" => client.PostAsJsonAsync($"/api/cases/{caseId}/status",
            new { status = "InProgress", note = "прието за разглеждане" }),
        "GET documents" => client.GetAsync($"/api/cases/{caseId}/documents"),
        "POST document" => client.PostAsync($"/api/cases/{caseId}/documents?fileName=a.pdf", Pdf()),
        "GET content" => client.GetAsync($"/api/documents/{document}/content"),
        "PUT hold" => client.PutAsJsonAsync($"/api/documents/{document}/legal-hold", new { reason = "проверка" }),
        "POST link" => client.PostAsJsonAsync($"/api/documents/{document}/links", new { minutes = 5 }),
        "POST version" => client.PostAsync($"/api/documents/{document}/versions?fileName=v.pdf", Pdf()),
        _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
    };

    private static ByteArrayContent Pdf() =>
        new(Encoding.UTF8.GetBytes("%PDF-1.7\n% приложение " + Guid.NewGuid() + "\n"));

    /// <summary>One host, the demo accounts signed in, and the two cases with a document on the first.</summary>
    public sealed class World : IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> _clients = [];

        public HostFactory Factory { get; } = new();

        public Guid CaseA { get; private set; }

        public Guid CaseB { get; private set; }

        public Guid DocumentOfA { get; private set; }

        public string TaskId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var citizen = await ClientAsync("citizen");
            var roads = await ClientAsync("roads");
            CaseA = await OpenAsync(citizen, new { departmentCode = (string?)null });
            CaseB = await OpenAsync(roads, new { departmentCode = "roads" });
            using var upload = await citizen.PostAsync($"/api/cases/{CaseA}/documents?fileName=a.pdf", Pdf());
            var document = await upload.Content.ReadFromJsonAsync<JsonObject>();
            DocumentOfA = Guid.Parse((string)document!["id"]!);

            var admin = await ClientAsync("api-key");
            var definitionId = await admin.PublishNewAsync(
                Tasks.TaskFlows.ReviewAndSign(Definitions.NewId("matrix")));
            var instanceId = await Tasks.TaskFlows.StartAsync(admin, definitionId, "СО-MATRIX");
            TaskId = (string)(await Tasks.TaskFlows.FindAsync(await ClientAsync("clerk"), "groups=true",
                instanceId))!["id"]!;
        }

        public async Task<HttpClient> ClientAsync(string role)
        {
            if (_clients.TryGetValue(role, out var known))
            {
                return known;
            }

            var client = role switch
            {
                "anonymous" => Factory.Browser(),
                "api-key" => Factory.CreateApiClient(),
                _ => Factory.Browser(),
            };
            if (role is not ("anonymous" or "api-key"))
            {
                var email = role == "roads" ? "roads@sofia.example" : $"{role}@sofia.example";
                await client.SignInAsync(email, DemoAccounts.Password);
            }

            _clients[role] = client;
            return client;
        }

        public async Task DisposeAsync()
        {
            foreach (var client in _clients.Values)
            {
                client.Dispose();
            }

            await Factory.DisposeAsync();
        }

        private static async Task<Guid> OpenAsync(HttpClient client, object department)
        {
            var body = new JsonObject
            {
                ["serviceCode"] = "signal",
                ["title"] = "Счупена пейка",
                ["applicantKind"] = "Person",
                ["applicantIdentifier"] = "8001010008",
                ["applicantName"] = "Елена Гражданова",
            };
            if (JsonSerializer(department) is { } code)
            {
                body["departmentCode"] = code;
            }

            using var response = await client.PostAsJsonAsync("/api/cases", body);
            var created = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(response.StatusCode == HttpStatusCode.Created, created?.ToJsonString());
            return Guid.Parse((string)created!["case"]!["id"]!);
        }

        private static string? JsonSerializer(object department) =>
            (string?)System.Text.Json.JsonSerializer.SerializeToNode(department)!["departmentCode"];
    }
}
