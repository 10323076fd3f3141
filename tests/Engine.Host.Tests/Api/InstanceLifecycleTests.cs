using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Api;

/// <summary>Instances through the API: run, wait for an event, resume, cancel, retry, queue and delete.</summary>
public sealed class InstanceLifecycleTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Execute_SuspendsOnAnEvent_AndTriggeringTheEventFinishesIt()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, eventName) = await PublishWaitingWorkflowAsync(client);

        var executed = await client.ExecuteAsync(definitionId);
        var instanceId = (string)executed["id"]!;
        var triggered = await client.TriggerAsync(eventName, instanceId);
        var instance = await client.GetInstanceAsync(instanceId);

        Assert.Equal("Suspended", (string?)executed["subStatus"]);
        var bookmark = Assert.Single((JsonArray)executed["bookmarks"]!)!;
        Assert.Equal("Elsa.Event", (string?)bookmark["name"]);
        Assert.Equal([instanceId], ((JsonArray)triggered["resumedInstances"]!).Select(i => (string?)i));
        Assert.Equal("Finished", (string?)instance["status"]);
        Assert.Equal("Finished", (string?)instance["subStatus"]);
        Assert.Empty((JsonArray)instance["bookmarks"]!);
    }

    [Fact]
    public async Task JournalAndVariables_ShowWhatTheRunDid()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, eventName) = await PublishWaitingWorkflowAsync(client);
        var instanceId = (string)(await client.ExecuteAsync(definitionId))["id"]!;

        await client.TriggerAsync(eventName, instanceId, Approval());
        var journal = await client.JournalAsync(instanceId);
        var variables = await client.GetFromJsonAsync<JsonArray>(
            $"/elsa/api/workflow-instances/{instanceId}/variables");

        Assert.Equal(
            ["wait:Suspended", "wait:Completed", "done:Completed"],
            journal.Select(e => $"{e!["activityId"]}:{e["kind"]}"));
        var answer = Assert.Single(variables!, v => (string?)v!["name"] == "Answer")!["value"];
        Assert.True(JsonNode.DeepEquals(Approval(), answer), answer?.ToJsonString());
    }

    [Fact]
    public async Task Cancel_StopsAWaitingInstance_AndTheEventNoLongerResumesIt()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, eventName) = await PublishWaitingWorkflowAsync(client);
        var instanceId = (string)(await client.ExecuteAsync(definitionId))["id"]!;

        var cancelled = await client.PostOkAsync($"/elsa/api/cancel/workflow-instances/{instanceId}", null);
        var triggered = await client.TriggerAsync(eventName, instanceId);

        Assert.Equal("Finished", (string?)cancelled["status"]);
        Assert.Equal("Cancelled", (string?)cancelled["subStatus"]);
        Assert.Empty((JsonArray)triggered["resumedInstances"]!);
        Assert.Equal("Cancelled", (string?)(await client.GetInstanceAsync(instanceId))["subStatus"]);
    }

    [Fact]
    public async Task Cancel_OfAFinishedInstance_IsBadRequest()
    {
        using var client = factory.CreateApiClient();
        var definitionId = await client.PublishNewAsync(
            Definitions.Sequence(Definitions.NewId("short"), Definitions.WriteLine("say", "готово")));
        var instanceId = (string)(await client.ExecuteAsync(definitionId))["id"]!;

        using var response = await client.PostAsync(
            new Uri($"/elsa/api/cancel/workflow-instances/{instanceId}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Retry_RunsTheFaultedActivityAgain_FromItsIncident()
    {
        using var client = factory.CreateApiClient();
        var definitionId = await client.PublishNewAsync(Definitions.Sequence(Definitions.NewId("flaky"),
            [Definitions.Variable("Attempts", "Int32", "0")],
            Definitions.Script("flaky",
                "setAttempts(getAttempts() + 1); if (getAttempts() < 2) throw new Error('not yet');"),
            Definitions.WriteLine("done", "done")));
        var faulted = await client.ExecuteAsync(definitionId);
        var instanceId = (string)faulted["id"]!;

        var retried = await client.PostOkAsync($"/elsa/api/workflow-instances/{instanceId}/retry", null);
        var journal = await client.JournalAsync(instanceId);

        Assert.Equal("Faulted", (string?)faulted["subStatus"]);
        var incident = Assert.Single((JsonArray)faulted["incidents"]!)!;
        Assert.Equal("flaky", (string?)incident["activityId"]);
        Assert.Contains("not yet", (string?)incident["message"], StringComparison.Ordinal);
        Assert.Equal("Finished", (string?)retried["subStatus"]);
        Assert.Empty((JsonArray)retried["incidents"]!);
        Assert.Equal(
            ["flaky:Faulted", "flaky:Completed", "done:Completed"],
            journal.Select(e => $"{e!["activityId"]}:{e["kind"]}"));
    }

    [Fact]
    public async Task Retry_OfAnInstanceThatIsNotFaulted_IsBadRequest()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, _) = await PublishWaitingWorkflowAsync(client);
        var instanceId = (string)(await client.ExecuteAsync(definitionId))["id"]!;

        using var response = await client.PostAsync(
            new Uri($"/elsa/api/workflow-instances/{instanceId}/retry", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dispatch_AnswersAccepted_AndTheBackgroundWorkerFinishesTheInstance()
    {
        using var client = factory.CreateApiClient();
        var definitionId = await client.PublishNewAsync(
            Definitions.Sequence(Definitions.NewId("queued"), Definitions.WriteLine("say", "на опашка")));

        using var response = await client.PostAsync(
            new Uri($"/elsa/api/workflow-definitions/{definitionId}/dispatch", UriKind.Relative), null);
        var instanceId = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["workflowInstanceId"]!;
        var instance = await client.WaitForSubStatusAsync(instanceId, "Finished", Patience);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/elsa/api/workflow-instances/{instanceId}", response.Headers.Location?.OriginalString);
        Assert.Equal(definitionId, (string?)instance["definitionId"]);
    }

    [Fact]
    public async Task EventBeforeItsBookmark_WaitsInTheQueue_AndResumesTheInstanceOnceItWaits()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, eventName) = await PublishWaitingWorkflowAsync(client);

        var early = await client.TriggerAsync(eventName);
        var executed = await client.ExecuteAsync(definitionId);
        var instance = await client.WaitForSubStatusAsync((string)executed["id"]!, "Finished", Patience);

        Assert.True((bool)early["queued"]!);
        Assert.Equal("Finished", (string?)instance["status"]);
    }

    [Fact]
    public async Task List_FiltersByDefinitionAndSubStatus()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, eventName) = await PublishWaitingWorkflowAsync(client);
        var waiting = (string)(await client.ExecuteAsync(definitionId))["id"]!;
        var finished = (string)(await client.ExecuteAsync(definitionId))["id"]!;
        await client.TriggerAsync(eventName, finished);

        var page = await client.GetOkAsync(
            $"/elsa/api/workflow-instances?definitionId={definitionId}&subStatus=Suspended");

        Assert.Equal(1, (int)page["totalCount"]!);
        Assert.Equal(waiting, (string?)page["items"]![0]!["id"]);
    }

    [Fact]
    public async Task Delete_RemovesTheInstance()
    {
        using var client = factory.CreateApiClient();
        var (definitionId, _) = await PublishWaitingWorkflowAsync(client);
        var instanceId = (string)(await client.ExecuteAsync(definitionId))["id"]!;
        var path = new Uri($"/elsa/api/workflow-instances/{instanceId}", UriKind.Relative);

        using var deleted = await client.DeleteAsync(path);
        using var lookup = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    private static JsonObject Approval() => new() { ["approved"] = true, ["by"] = "деловодител" };

    /// <summary>Waits for an event of its own name, keeps its payload in Answer, then writes a line.</summary>
    private static async Task<(string DefinitionId, string EventName)> PublishWaitingWorkflowAsync(HttpClient client)
    {
        var eventName = Definitions.NewId("approved");
        var definitionId = await client.PublishNewAsync(Definitions.Sequence(Definitions.NewId("waits"),
            [Definitions.Variable("Answer", "Object")],
            Definitions.WaitForEvent("wait", eventName, resultVariable: "Answer"),
            Definitions.WriteLine("done", "одобрено")));
        return (definitionId, eventName);
    }
}
