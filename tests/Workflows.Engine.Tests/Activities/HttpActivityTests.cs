using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>HttpEndpoint, WriteHttpResponse, and the two request activities against a real local server.</summary>
public sealed class HttpActivityTests
{
    private static readonly Dictionary<string, string> None = [];

    private static Reply Json(ReceivedRequest request) =>
        new(200, "application/json", $$"""{ "echo": {{System.Text.Json.JsonSerializer.Serialize(request.Body)}} }""");

    private static Flow FlowRequest(string url) => new Flow()
        .Add("call", "Elsa.FlowSendHttpRequest", ("url", In.Literal(url)),
            ("expectedStatusCodes", In.Literal(new[] { 200, 201 })))
        .WriteLine("ok", "ok")
        .WriteLine("created", "created")
        .WriteLine("unmatched", "unmatched")
        .WriteLine("unreachable", "unreachable")
        .Connect("call", "ok", "200")
        .Connect("call", "created", "201")
        .Connect("call", "unmatched", "Unmatched status code")
        .Connect("call", "unreachable", "Failed to connect");

    [Fact]
    public async Task HttpEndpoint_InsideAFlow_WaitsForTheRequest_AndOutputsItsParsedBody()
    {
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Order", "ObjectMap")
            .Add("receive", "Elsa.HttpEndpoint", ("path", In.Literal("/Orders/New/")),
                ("supportedMethods", In.Literal(new[] { "POST" })), ("parsedContent", In.Output("Order")));
        var run = await engine.RunAsync(flow);
        var bookmark = Assert.Single(run.Instance.Bookmarks);
        var request = new HttpRequestData("POST", "/workflows/orders/new", None, None, """{ "id": 7 }""",
            "application/json");

        var resumed = await engine.ResumeAsync(run, bookmark, request);

        Assert.Equal("""{"path":"orders/new","method":"POST"}""", bookmark.Payload);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(7, Assert.IsType<Dictionary<string, object?>>(resumed.Variable("Order"))["id"]);
    }

    [Fact]
    public async Task HttpEndpoint_WithSeveralMethods_ResumesOnceForTheFirstRequest()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("receive", "Elsa.HttpEndpoint", ("path", In.Literal("form")),
            ("supportedMethods", In.Literal(new[] { "GET", "POST" })));
        var run = await engine.RunAsync(flow);
        var bookmarks = run.Instance.Bookmarks.ToArray();

        var resumed = await engine.ResumeAsync(run, bookmarks[1]);

        Assert.Equal(["GET", "POST"], bookmarks.Select(b => Stimuli.PayloadMember(b, "method")));
        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Empty(resumed.Instance.Bookmarks);
    }

    [Fact]
    public async Task WriteHttpResponse_WritesTheStatusBodyAndContentType()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("answer", "Elsa.WriteHttpResponse", ("statusCode", In.Literal("Created")),
            ("content", In.Literal("Заявлението е прието")),
            ("responseHeaders", In.Object("""{ "Location": "/cases/42" }""")));

        var run = await engine.RunAsync(flow);

        var response = run.Result.HttpResponse!;
        Assert.Equal((201, "text/plain; charset=utf-8", "Заявлението е прието"),
            (response.StatusCode, response.ContentType, response.Body));
        Assert.Equal("/cases/42", response.Headers["Location"]);
    }

    [Fact]
    public async Task WriteHttpResponse_WritesStructuredContentAsJson()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("answer", "Elsa.WriteHttpResponse", ("statusCode", In.Literal("200")),
            ("content", In.Object("""{ "caseId": 42 }""")));

        var run = await engine.RunAsync(flow);

        Assert.Equal("""{"caseId":42}""", run.Result.HttpResponse?.Body);
        Assert.Equal("application/json; charset=utf-8", run.Result.HttpResponse?.ContentType);
    }

    [Fact]
    public async Task SendHttpRequest_SendsTheRequest_AndOutputsTheResponse()
    {
        using var server = new TestHttpServer(Json);
        var engine = new TestEngine();
        var flow = new Flow()
            .Variable("Status", "Int32")
            .Variable("Answer", "ObjectMap")
            .Add("call", "Elsa.SendHttpRequest", ("url", In.Literal(server.Url("registry"))),
                ("method", In.Literal("POST")), ("content", In.Object("""{ "name": "Sofia" }""")),
                ("authorization", In.Literal("Bearer token")),
                ("requestHeaders", In.Object("""{ "X-Case": "42" }""")),
                ("statusCode", In.Output("Status")), ("parsedContent", In.Output("Answer")));

        var run = await engine.RunAsync(flow);

        var received = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/registry", """{"name":"Sofia"}"""), (received.Method, received.Path, received.Body));
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.Equal(("Bearer token", "42"), (received.Headers["Authorization"], received.Headers["X-Case"]));
        Assert.Equal(200, run.Variable("Status"));
        var answer = Assert.IsType<Dictionary<string, object?>>(run.Variable("Answer"));
        Assert.Equal("""{"name":"Sofia"}""", answer["echo"]);
        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
    }

    [Fact]
    public async Task SendHttpRequest_WhenNothingListens_FaultsTheActivity()
    {
        var engine = new TestEngine();
        var url = $"http://127.0.0.1:{TestHttpServer.FreePort()}/";
        var flow = new Flow().Add("call", "Elsa.SendHttpRequest", ("url", In.Literal(url)));

        var run = await engine.RunAsync(flow);

        var incident = Assert.Single(run.Instance.Incidents);
        Assert.Equal(("call", "http"), (incident.ActivityId, incident.Category));
        Assert.Equal(WorkflowSubStatus.Faulted, run.SubStatus);
    }

    [Theory]
    [InlineData(200, "ok")]
    [InlineData(201, "created")]
    [InlineData(404, "unmatched")]
    public async Task FlowSendHttpRequest_FollowsThePortOfTheStatusCode(int status, string expected)
    {
        using var server = new TestHttpServer(_ => new Reply(status, "text/plain", "body"));
        var engine = new TestEngine();

        var result = await engine.RunAsync(FlowRequest(server.Url("status")));

        Assert.Equal([expected], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
    }

    [Fact]
    public async Task FlowSendHttpRequest_WhenNothingListens_FollowsFailedToConnect()
    {
        var engine = new TestEngine();

        var result = await engine.RunAsync(FlowRequest($"http://127.0.0.1:{TestHttpServer.FreePort()}/"));

        Assert.Equal(["unreachable"], engine.Lines);
        Assert.Empty(result.Instance.Incidents);
    }
}
