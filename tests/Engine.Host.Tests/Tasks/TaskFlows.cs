using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>A service with two human tasks, and the calls that run it through the API.</summary>
internal static class TaskFlows
{
    /// <summary>
    /// A review by the reception (approve or reject, a required note), then the supervisor's signature; writes
    /// which way it went.
    /// </summary>
    public static JsonObject ReviewAndSign(string definitionId)
    {
        var model = Definitions.Sequence(definitionId,
            HumanTask("review",
                ("title", Liquid("Преглед на {{ CorrelationId }}")),
                ("candidateGroups", ObjectInput("[\"reception\"]")),
                ("dueInWorkingDays", Literal("3", "Int32")),
                ("remindBeforeWorkingDays", Literal("1", "Int32")),
                ("outcomes", ObjectInput("[\"approve\", \"reject\"]")),
                ("form", ObjectInput(
                    "[{\"name\":\"note\",\"label\":\"Бележка\",\"type\":\"text\",\"required\":true}]"))),
            HumanTask("sign",
                ("title", Literal("Подпис на решението", "String")),
                ("assignee", Literal("supervisor@sofia.example", "String")),
                ("outcomes", ObjectInput("[\"signed\"]"))),
            Definitions.WriteLine("signed", "signed"),
            Definitions.WriteLine("rejected", "rejected"));
        var connections = model["root"]!["connections"]!.AsArray();
        connections.Clear();
        connections.Add(Connection("review", "approve", "sign"));
        connections.Add(Connection("review", "reject", "rejected"));
        connections.Add(Connection("sign", "signed", "signed"));
        return model;
    }

    /// <summary>
    /// One task of the reception's, the clerk's from the start, due in two working days with a reminder one working
    /// day before and an escalation at the deadline.
    /// </summary>
    public static JsonObject WithDeadline(string definitionId) =>
        Definitions.Sequence(definitionId,
            HumanTask("answer",
                ("title", Liquid("Отговор по {{ CorrelationId }}")),
                ("assignee", Literal("clerk@sofia.example", "String")),
                ("candidateGroups", ObjectInput("[\"reception\"]")),
                ("dueInWorkingDays", Literal("2", "Int32")),
                ("remindBeforeWorkingDays", Literal("1", "Int32")),
                ("outcomes", ObjectInput("[\"answered\"]"))));

    public static async Task<string> StartAsync(HttpClient admin, string definitionId, string correlationId)
    {
        var started = await admin.PostOkAsync($"/elsa/api/workflow-definitions/{definitionId}/execute",
            new JsonObject { ["correlationId"] = correlationId });
        return (string)started["id"]!;
    }

    /// <summary>The task of the instance that the client's list shows, or null.</summary>
    public static async Task<JsonObject?> FindAsync(HttpClient client, string query, string instanceId)
    {
        var page = await client.GetFromJsonAsync<JsonObject>($"/api/tasks?{query}&pageSize=200");
        return page!["items"]!.AsArray().Select(t => t!.AsObject())
            .FirstOrDefault(t => (string?)t["instanceId"] == instanceId);
    }

    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, string taskId, string outcome,
        JsonObject? formData) =>
        await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new JsonObject { ["outcome"] = outcome, ["formData"] = formData });

    public static void Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.NoContent) =>
        Assert.True(response.StatusCode == expected,
            $"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");

    private static JsonObject HumanTask(string id, params (string Name, JsonObject Input)[] inputs)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = "CaseSystem.HumanTask" };
        foreach (var (name, input) in inputs)
        {
            activity[name] = input;
        }

        return activity;
    }

    private static JsonObject Connection(string source, string port, string target) => new()
    {
        ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
        ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
    };

    private static JsonObject Liquid(string template) => Input("String", "Liquid", template);

    private static JsonObject Literal(string value, string typeName) => Input(typeName, "Literal", value);

    private static JsonObject ObjectInput(string json) => Input("Object", "Object", json);

    private static JsonObject Input(string typeName, string kind, string value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = kind, ["value"] = value },
    };
}
