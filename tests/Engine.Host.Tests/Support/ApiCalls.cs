using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Host.Tests.Support;

/// <summary>The management API's routes as the tests call them; each asserts the call succeeded.</summary>
internal static class ApiCalls
{
    private const string Definitions = "/elsa/api/workflow-definitions";

    public static Task<JsonObject> SaveAsync(this HttpClient client, JsonObject model, bool publish = false) =>
        client.PostOkAsync(Definitions, new JsonObject { ["model"] = model.DeepClone(), ["publish"] = publish });

    public static Task<JsonObject> ImportAsync(this HttpClient client, JsonObject model) =>
        client.PostOkAsync($"{Definitions}/import", model.DeepClone());

    public static Task<JsonObject> PublishAsync(this HttpClient client, string definitionId) =>
        client.PostOkAsync($"{Definitions}/{definitionId}/publish", null);

    /// <summary>Saves and publishes a definition; answers its definition id.</summary>
    public static async Task<string> PublishNewAsync(this HttpClient client, JsonObject model) =>
        (string)(await client.SaveAsync(model, publish: true))["definitionId"]!;

    public static Task<JsonObject> ExecuteAsync(this HttpClient client, string definitionId) =>
        client.PostOkAsync($"{Definitions}/{definitionId}/execute", null);

    public static async Task<string> DispatchAsync(this HttpClient client, string definitionId)
    {
        using var response = await client.PostAsync(new Uri($"{Definitions}/{definitionId}/dispatch", UriKind.Relative),
            null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["workflowInstanceId"]!;
    }

    public static Task<JsonObject> TriggerAsync(this HttpClient client, string eventName, string? instanceId = null,
        JsonNode? payload = null) =>
        client.PostOkAsync($"/elsa/api/events/{eventName}/trigger",
            new JsonObject { ["workflowInstanceId"] = instanceId, ["payload"] = payload });

    public static Task<JsonObject> GetInstanceAsync(this HttpClient client, string instanceId) =>
        client.GetOkAsync($"/elsa/api/workflow-instances/{instanceId}");

    public static async Task<JsonArray> JournalAsync(this HttpClient client, string instanceId)
    {
        var page = await client.GetOkAsync($"/elsa/api/workflow-instances/{instanceId}/journal?pageSize=500");
        return (JsonArray)page["items"]!;
    }

    /// <summary>Polls an instance until its sub-status is the one expected; fails after the timeout.</summary>
    public static async Task<JsonObject> WaitForSubStatusAsync(this HttpClient client, string instanceId,
        string subStatus, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var instance = await client.GetInstanceAsync(instanceId);
            if ((string?)instance["subStatus"] == subStatus)
            {
                return instance;
            }

            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Instance {instanceId} is {instance["subStatus"]} after {timeout}; expected {subStatus}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }
    }

    public static async Task<JsonObject> GetOkAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadOkAsync(response);
    }

    public static async Task<JsonObject> PostOkAsync(this HttpClient client, string path, JsonNode? body)
    {
        using var content = body is null ? null : JsonContent.Create(body);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return await ReadOkAsync(response);
    }

    private static async Task<JsonObject> ReadOkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode,
            $"{response.RequestMessage?.RequestUri}: {response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
