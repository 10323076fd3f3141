using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSystem.Runtime.Bench.Ours;

/// <summary>The two definitions measured, as Elsa 3 JSON with built-in activities only.</summary>
internal static class BenchWorkflows
{
    public const string Sequence = "bench-seq10";

    public const string Waiting = "bench-wait";

    /// <summary>The event every waiting instance waits for; the correlation id says which instance it is for.</summary>
    public const string EventName = "bench-approved";

    /// <summary>
    /// What a case workflow carries besides the counter the steps set: registration data, dates, amounts and a
    /// summary, so that an instance's state is about 2 KB, as the baseline's document is. No personal data.
    /// </summary>
    private static readonly (string Name, string Type, string Value)[] CaseVariables =
    [
        ("RegistrationIndex", "String", "94-00-1234/2026"),
        ("CaseKind", "String", "procurement-appeal"),
        ("Procedure", "String", "open-procedure"),
        ("RegisteredAt", "String", "2026-11-02T09:14:00+02:00"),
        ("Deadline", "String", "2026-12-16T17:30:00+02:00"),
        ("AssignedUnit", "String", "directorate-legal-affairs"),
        ("AssignedRole", "String", "senior-legal-expert"),
        ("Obligation", "String", "decision-within-one-month-of-registration"),
        ("Milestone", "String", "awaiting-opinion"),
        ("Outcome", "String", "pending"),
        ("InstalmentCount", "Int32", "12"),
        ("InstalmentAmount", "String", "1250.00"),
        ("Currency", "String", "EUR"),
        ("ContractValue", "String", "182400.00"),
        ("Priority", "Int32", "2"),
        ("Reminders", "Int32", "0"),
        ("DocumentIds", "String", string.Join(',', Enumerable.Range(1, 8).Select(i => $"doc-2026-11-0{i}-00000{i}"))),
        ("Summary", "String",
            "Appeal against the award decision in an open procedure for road maintenance in three districts. " +
            "The contracting authority is asked for its opinion and the complete file of the procedure within " +
            "the statutory time limit; the hearing is to be scheduled once the opinion has been registered."),
        ("Remarks", "String",
            "Opinion requested on registration; second reminder planned seven days before the deadline. " +
            "Interim measures were not requested by the appellant, so the award procedure is not suspended."),
    ];

    /// <summary>Ten steps that never block: nine SetVariable with constants, then a WriteLine.</summary>
    public static string TenSteps()
    {
        var activities = new StringBuilder();
        var connections = new StringBuilder();
        for (var i = 1; i <= 9; i++)
        {
            activities.Append(CultureInfo.InvariantCulture, $$"""
                { "id": "step{{i}}", "type": "Elsa.SetVariable", "variable": { "id": "counter" },
                  "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "{{i}}" } } },
                """);
            connections.Append(CultureInfo.InvariantCulture, $$"""
                { "source": { "activity": "step{{i}}", "port": "Done" },
                  "target": { "activity": "step{{i + 1}}", "port": "In" } }{{(i < 9 ? "," : "")}}
                """);
        }

        return $$"""
            { "definitionId": "{{Sequence}}", "name": "Ten steps",
              "variables": {{Variables()}},
              "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
                {{activities}}
                { "id": "step10", "type": "Elsa.WriteLine",
                  "text": { "typeName": "String", "expression": { "type": "Literal", "value": "done" } } } ],
              "connections": [ {{connections}} ] } }
            """;
    }

    private static string Variables()
    {
        var variables = new JsonArray(Variable("counter", "Counter", "Int32", "0"));
        foreach (var (name, type, value) in CaseVariables)
        {
            variables.Add(Variable(JsonNamingPolicy.CamelCase.ConvertName(name), name, type, value));
        }

        return variables.ToJsonString();
    }

    private static JsonObject Variable(string id, string name, string type, string value) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["typeName"] = type,
        ["value"] = value,
    };

    /// <summary>Sets a variable, waits for <see cref="EventName"/>, then writes a line and finishes.</summary>
    public static string WaitForEvent() =>
        $$"""
        { "definitionId": "{{Waiting}}", "name": "Wait for the event",
          "variables": {{Variables()}},
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "init", "type": "Elsa.SetVariable", "variable": { "id": "counter" },
              "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "1" } } },
            { "id": "wait", "type": "Elsa.Event",
              "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{EventName}}" } } },
            { "id": "done", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "done" } } } ],
          "connections": [
            { "source": { "activity": "init", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
            { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "done", "port": "In" } } ] } }
        """;
}
