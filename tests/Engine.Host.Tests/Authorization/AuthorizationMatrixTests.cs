using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Host.Tests.Tasks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Authorization;

/// <summary>
/// Every role against every case, case-document, register and task endpoint, each answering the status its row
/// expects: a citizen reaches only their own case, staff only their department's, an administrator all; what one
/// may not see answers 404, what one sees but may not do 403, and nobody signed in 401. A new endpoint under
/// <c>/api</c> fails <see cref="Every_endpoint_of_the_case_and_task_API_is_in_the_matrix"/> until it has its row
/// here.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.World world)
    : IClassFixture<AuthorizationMatrixTests.World>
{
    /// <summary>The roles, in the order of each row's statuses.</summary>
    /// <remarks>
    /// The citizen owns case A; the clerk and the supervisor work in its department (reception), the other clerk in
    /// roads; the administrator and the API key are administrators of no department.
    /// </remarks>
    private static readonly string[] Roles =
        ["anonymous", "citizen", "other-citizen", "clerk", "other-clerk", "supervisor", "admin", "api-key"];

    /// <summary>
    /// Each endpoint as the route table names it, the status each role gets, the target it is sent to and how.
    /// An endpoint that changes its target gets a new one for every role, so each row sees the same start.
    /// </summary>
    private static readonly Row[] Rows =
    [
        //                                                 anon owner other clerk other super admin  key
        new("GET /api/cases/",                            [401, 200, 200, 200, 200, 200, 200, 200],
            w => w.SharedAsync(), (c, _) => c.GetAsync("/api/cases")),
        new("POST /api/cases/",                           [401, 201, 201, 201, 403, 201, 201, 201],
            w => w.SharedAsync(), (c, _) => c.PostAsJsonAsync("/api/cases", World.NewCase("reception"))),
        new("GET /api/cases/{id:guid}",                   [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/cases/{t.CaseId}")),
        new("POST /api/cases/{id:guid}/status",           [401, 403, 404, 204, 404, 204, 204, 204],
            w => w.NewCaseAsync(), (c, t) => c.PostAsJsonAsync($"/api/cases/{t.CaseId}/status",
                new { status = "InProgress", note = "прието за разглеждане" })),
        new("POST /api/cases/{caseId}/documents",         [401, 201, 404, 201, 404, 201, 201, 201],
            w => w.SharedAsync(), (c, t) => c.PostAsync($"/api/cases/{t.CaseId}/documents?fileName=a.pdf", Pdf())),
        new("GET /api/cases/{caseId}/documents",          [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/cases/{t.CaseId}/documents")),
        new("GET /api/documents/{id:guid}",               [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/documents/{t.DocumentId}")),
        new("GET /api/documents/{id:guid}/content",       [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/documents/{t.DocumentId}/content")),
        new("GET /api/documents/{id:guid}/signature",     [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/documents/{t.DocumentId}/signature")),
        new("POST /api/documents/{id:guid}/versions",     [401, 403, 404, 201, 404, 201, 201, 201],
            w => w.SharedAsync(), (c, t) => c.PostAsync($"/api/documents/{t.DocumentId}/versions?fileName=v.pdf",
                Pdf())),
        new("DELETE /api/documents/{id:guid}",            [401, 403, 404, 204, 404, 204, 204, 204],
            w => w.NewDocumentAsync(held: false), (c, t) => c.DeleteAsync($"/api/documents/{t.DocumentId}")),
        new("PUT /api/documents/{id:guid}/legal-hold",    [401, 403, 404, 204, 404, 204, 204, 204],
            w => w.NewDocumentAsync(held: false), (c, t) => c.PutAsJsonAsync(
                $"/api/documents/{t.DocumentId}/legal-hold", new { reason = "дело 123/2026" })),
        new("DELETE /api/documents/{id:guid}/legal-hold", [401, 403, 404, 204, 404, 204, 204, 204],
            w => w.NewDocumentAsync(held: true), (c, t) => c.DeleteAsync(
                $"/api/documents/{t.DocumentId}/legal-hold")),
        new("POST /api/documents/{id:guid}/links",        [401, 200, 404, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.PostAsJsonAsync($"/api/documents/{t.DocumentId}/links",
                new { minutes = 5 })),

        // The link is the permission: whoever holds it downloads, signed in or not.
        new("GET /documents/links/{token}",               [200, 200, 200, 200, 200, 200, 200, 200],
            w => w.LinkAsync(), (c, t) => c.GetAsync($"/documents/links/{t.Token}")),

        // The reception's review task on a case of the citizen's. Claimed or delegated tasks are the clerk's (and
        // the delegated one was delegated to them by a colleague), so each row shows who else may do the same.
        new("GET /api/tasks/",                            [401, 403, 403, 200, 200, 200, 200, 200],
            w => w.SharedAsync(), (c, _) => c.GetAsync("/api/tasks?groups=true")),
        new("GET /api/tasks/{id}",                        [401, 403, 403, 200, 404, 200, 200, 200],
            w => w.SharedAsync(), (c, t) => c.GetAsync($"/api/tasks/{t.TaskId}")),
        new("POST /api/tasks/{id}/claim",                 [401, 403, 403, 204, 404, 204, 403, 403],
            w => w.NewTaskAsync(TaskStart.Open), (c, t) => c.PostAsync($"/api/tasks/{t.TaskId}/claim", null)),
        new("POST /api/tasks/{id}/release",               [401, 403, 403, 204, 404, 204, 204, 204],
            w => w.NewTaskAsync(TaskStart.ClaimedByClerk), (c, t) => c.PostAsync(
                $"/api/tasks/{t.TaskId}/release", null)),
        new("POST /api/tasks/{id}/delegate",              [401, 403, 403, 204, 404, 403, 403, 403],
            w => w.NewTaskAsync(TaskStart.ClaimedByClerk), (c, t) => c.PostAsJsonAsync(
                $"/api/tasks/{t.TaskId}/delegate", new { to = "clerk2@sofia.example", note = "провери адреса" })),
        new("POST /api/tasks/{id}/resolve",               [401, 403, 403, 204, 404, 403, 403, 403],
            w => w.NewTaskAsync(TaskStart.DelegatedToClerk), (c, t) => c.PostAsJsonAsync(
                $"/api/tasks/{t.TaskId}/resolve", new { note = "адресът е верен" })),
        new("POST /api/tasks/{id}/complete",              [401, 403, 403, 204, 404, 403, 403, 403],
            w => w.NewTaskAsync(TaskStart.ClaimedByClerk), (c, t) => TaskFlows.CompleteAsync(c, t.TaskId,
                "approve", new JsonObject { ["note"] = "Документите са пълни" })),
        new("POST /api/tasks/{id}/comments",              [401, 403, 403, 204, 404, 204, 204, 204],
            w => w.SharedAsync(), (c, t) => c.PostAsJsonAsync($"/api/tasks/{t.TaskId}/comments",
                new { text = "проверено" })),
        new("POST /api/tasks/{id}/reassign",              [401, 403, 403, 403, 404, 204, 204, 204],
            w => w.NewTaskAsync(TaskStart.ClaimedByClerk), (c, t) => c.PostAsJsonAsync(
                $"/api/tasks/{t.TaskId}/reassign", new { to = "clerk2@sofia.example" })),
        new("GET /api/departments/{code}/tasks",          [401, 403, 403, 403, 403, 200, 200, 200],
            w => w.SharedAsync(), (c, _) => c.GetAsync("/api/departments/reception/tasks")),

        // Each reads and marks only their own: one nobody has is no one's to mark.
        new("GET /api/notifications",                     [401, 403, 403, 200, 200, 200, 200, 200],
            w => w.SharedAsync(), (c, _) => c.GetAsync("/api/notifications")),
        new("POST /api/notifications/{id:long}/read",     [401, 403, 403, 404, 404, 404, 404, 404],
            w => w.SharedAsync(), (c, _) => c.PostAsync("/api/notifications/987654321/read", null)),

        // The register: staff read it (a clerk their departments' entries) and register on cases they may see.
        new("GET /api/register/",                         [401, 403, 403, 200, 200, 200, 200, 200],
            w => w.SharedAsync(), (c, _) => c.GetAsync("/api/register")),
        new("POST /api/register/",                        [401, 403, 403, 201, 404, 201, 201, 201],
            w => w.SharedAsync(), (c, t) => c.PostAsJsonAsync("/api/register", new
            {
                direction = "Incoming", correspondent = "Елена Гражданова", subject = "Допълнение", caseId = t.CaseId,
            })),

        // Elsa's completion of a RunTask, in the management API: administrators only, never a way around the inbox.
        new("POST /elsa/api/tasks/{taskId}/complete",     [401, 403, 403, 403, 403, 403, 200, 200],
            w => w.SharedAsync(), (c, t) => c.PostAsJsonAsync($"/elsa/api/tasks/{t.TaskId}/complete",
                new { result = "approve" })),
    ];

    public static TheoryData<string, string, int> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, int>();
            foreach (var row in Rows)
            {
                for (var i = 0; i < Roles.Length; i++)
                {
                    data.Add(row.Endpoint, Roles[i], row.Expected[i]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_the_status_its_row_says(string endpoint, string role, int expected)
    {
        var row = Rows.Single(r => r.Endpoint == endpoint);
        var target = await row.Arrange(world);
        var client = await world.ClientAsync(role);

        using var response = await row.Send(client, target);

        Assert.True((int)response.StatusCode == expected,
            $"{role} {endpoint}: {(int)response.StatusCode}, expected {expected}. "
            + await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_endpoint_of_the_case_and_task_API_is_in_the_matrix()
    {
        var routes = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => $"{method} {e.RoutePattern.RawText}"))
            .ToHashSet(StringComparer.Ordinal);
        var listed = Rows.Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        var missing = routes.Where(IsCaseOrTaskApi).Except(listed).Order(StringComparer.Ordinal).ToList();
        var gone = listed.Except(routes).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Not in the matrix: " + string.Join(", ", missing));
        Assert.True(gone.Count == 0, "In the matrix but not in the app: " + string.Join(", ", gone));
        Assert.Equal(Rows.Length, listed.Count);
        Assert.All(Rows, r => Assert.Equal(Roles.Length, r.Expected.Length));
    }

    [Fact]
    public async Task Lists_show_a_citizen_their_cases_and_staff_their_departments()
    {
        var shared = await world.SharedAsync();

        var citizen = await Ids(await world.ClientAsync("citizen"));
        var other = await Ids(await world.ClientAsync("other-citizen"));
        var roads = await Ids(await world.ClientAsync("other-clerk"));
        var clerk = await Ids(await world.ClientAsync("clerk"));
        var admin = await Ids(await world.ClientAsync("admin"));

        Assert.Contains(shared.CaseId.ToString(), citizen);
        Assert.DoesNotContain(world.CaseOfRoads.ToString(), citizen);
        Assert.DoesNotContain(shared.CaseId.ToString(), other);
        Assert.Contains(world.CaseOfRoads.ToString(), roads);
        Assert.DoesNotContain(shared.CaseId.ToString(), roads);
        Assert.Contains(shared.CaseId.ToString(), clerk);
        Assert.DoesNotContain(world.CaseOfRoads.ToString(), clerk);
        Assert.Contains(shared.CaseId.ToString(), admin);
        Assert.Contains(world.CaseOfRoads.ToString(), admin);
    }

    [Fact]
    public async Task The_task_list_shows_the_clerk_their_groups_tasks_and_the_other_department_none_of_them()
    {
        var shared = await world.SharedAsync();

        var clerk = await TaskIds(await world.ClientAsync("clerk"));
        var roads = await TaskIds(await world.ClientAsync("other-clerk"));

        Assert.Contains(shared.TaskId, clerk);
        Assert.DoesNotContain(shared.TaskId, roads);
    }

    private static bool IsCaseOrTaskApi(string route)
    {
        var path = route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return path.StartsWith("/api/", StringComparison.Ordinal)
            || path.StartsWith("/elsa/api/tasks/", StringComparison.Ordinal);
    }

    private static async Task<List<string>> Ids(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/cases?pageSize=200");
        return [.. page!["items"]!.AsArray().Select(c => (string)c!["id"]!)];
    }

    private static async Task<List<string>> TaskIds(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=200");
        return [.. page!["items"]!.AsArray().Select(t => (string)t!["id"]!)];
    }

    private static ByteArrayContent Pdf() =>
        new(Encoding.UTF8.GetBytes("%PDF-1.7\n% приложение " + Guid.NewGuid() + "\n"));

    private sealed record Row(string Endpoint, int[] Expected, Func<World, Task<Target>> Arrange,
        Func<HttpClient, Target, Task<HttpResponseMessage>> Send);

    /// <summary>What a request is sent to: a case, a document of it, a task on it, a download link's token.</summary>
    public sealed record Target(Guid CaseId, Guid DocumentId, string TaskId, string? Token = null);

    public enum TaskStart
    {
        Open,
        ClaimedByClerk,
        DelegatedToClerk,
    }

    /// <summary>
    /// One host with every role signed in, the citizen's case A (reception) with a document and an open review
    /// task, a case of the roads department, and new cases, documents and tasks for the rows that change theirs.
    /// </summary>
    public sealed class World : IAsyncLifetime
    {
        private readonly Dictionary<string, HttpClient> _clients = [];
        private Target? _shared;
        private string _definitionId = "";

        public HostFactory Factory { get; } = new();

        public Guid CaseOfRoads { get; private set; }

        public static JsonObject NewCase(string? department)
        {
            var body = new JsonObject
            {
                ["serviceCode"] = "signal",
                ["title"] = "Счупена пейка",
                ["applicantKind"] = "Person",
                ["applicantIdentifier"] = Citizens.ValidEgn,
                ["applicantName"] = "Елена Гражданова",
            };
            if (department is not null)
            {
                body["departmentCode"] = department;
            }

            return body;
        }

        public async Task InitializeAsync()
        {
            foreach (var role in Roles)
            {
                await ClientAsync(role);
            }

            _definitionId = await (await ClientAsync("api-key")).PublishNewAsync(
                TaskFlows.ReviewAndSign(Definitions.NewId("matrix")));
            CaseOfRoads = await OpenAsync(await ClientAsync("other-clerk"), "roads");
        }

        public async Task<Target> SharedAsync() => _shared ??= await NewTaskAsync(TaskStart.Open);

        /// <summary>A new case of the citizen's, in reception.</summary>
        public async Task<Target> NewCaseAsync() =>
            new(await OpenAsync(await ClientAsync("citizen"), null), Guid.Empty, "");

        /// <summary>A new document of case A, filed by its citizen; held by an administrator when asked.</summary>
        public async Task<Target> NewDocumentAsync(bool held)
        {
            var shared = await SharedAsync();
            var document = await (await ClientAsync("citizen")).AddDocumentAsync(shared.CaseId, "d.pdf");
            if (held)
            {
                using var hold = await (await ClientAsync("api-key")).PutAsJsonAsync(
                    $"/api/documents/{document}/legal-hold", new { reason = "дело 123/2026" });
                TaskFlows.Ok(hold);
            }

            return shared with { DocumentId = document };
        }

        /// <summary>A download link to case A's document, made by its citizen.</summary>
        public async Task<Target> LinkAsync()
        {
            var shared = await SharedAsync();
            var link = await (await ClientAsync("citizen")).PostOkAsync($"/api/documents/{shared.DocumentId}/links",
                new JsonObject { ["minutes"] = 5 });
            return shared with { Token = ((string)link["url"]!).Split('/')[^1] };
        }

        /// <summary>
        /// A new case of the citizen's with a document and the reception's review task on it (the case is the
        /// instance's correlation id), left open, claimed by the clerk, or claimed by a colleague and delegated
        /// to the clerk.
        /// </summary>
        public async Task<Target> NewTaskAsync(TaskStart start)
        {
            var key = await ClientAsync("api-key");
            var citizen = await ClientAsync("citizen");
            var caseId = await OpenAsync(citizen, null);
            var document = await citizen.AddDocumentAsync(caseId, "a.pdf");
            await TaskFlows.StartAsync(key, _definitionId, caseId.ToString());
            var page = await key.GetOkAsync($"/api/tasks?caseId={caseId}");
            var taskId = (string)page["items"]!.AsArray().Single()!["id"]!;

            var owner = start switch
            {
                TaskStart.ClaimedByClerk => await ClientAsync("clerk"),
                TaskStart.DelegatedToClerk => await ClientAsync("clerk2"),
                _ => null,
            };
            if (owner is not null)
            {
                TaskFlows.Ok(await owner.PostAsync($"/api/tasks/{taskId}/claim", null));
            }

            if (start == TaskStart.DelegatedToClerk)
            {
                TaskFlows.Ok(await owner!.PostAsJsonAsync($"/api/tasks/{taskId}/delegate",
                    new { to = "clerk@sofia.example" }));
            }

            return new Target(caseId, document, taskId);
        }

        public async Task<HttpClient> ClientAsync(string role)
        {
            if (_clients.TryGetValue(role, out var known))
            {
                return known;
            }

            var client = role switch
            {
                "api-key" => Factory.CreateApiClient(),
                "other-citizen" => await Factory.SignUpAsync(Citizens.NewEmail("other")),
                _ => Factory.Browser(),
            };
            var email = role switch
            {
                "other-clerk" => "roads@sofia.example",
                "anonymous" or "api-key" or "other-citizen" => null,
                _ => $"{role}@sofia.example",
            };
            if (email is not null)
            {
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

        private static async Task<Guid> OpenAsync(HttpClient client, string? department)
        {
            using var response = await client.PostAsJsonAsync("/api/cases", NewCase(department));
            var created = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(response.StatusCode == HttpStatusCode.Created, created?.ToJsonString());
            return Guid.Parse((string)created!["case"]!["id"]!);
        }
    }
}
