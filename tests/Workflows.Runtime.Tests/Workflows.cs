namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>Definitions the runtime tests run, as Elsa JSON.</summary>
internal static class Workflows
{
    /// <summary>Writes "before", waits for the event <paramref name="eventName"/>, counts, writes "after N".</summary>
    public static string WaitForEvent(string definitionId, string eventName = "одобрено",
        string before = "before") =>
        $$$"""
        { "definitionId": "{{{definitionId}}}", "name": "Wait for {{{eventName}}}",
          "variables": [ { "id": "count", "name": "Count", "typeName": "Int32", "value": "0" } ],
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "start", "type": "Elsa.Start" },
            { "id": "before", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "{{{before}}}" } } },
            { "id": "wait", "type": "Elsa.Event",
              "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{{eventName}}}" } } },
            { "id": "count", "type": "Elsa.SetVariable", "variable": { "id": "count" },
              "value": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "getCount() + 1" } } },
            { "id": "after", "type": "Elsa.WriteLine",
              "text": { "typeName": "String",
                "expression": { "type": "Liquid", "value": "after {{Variables.Count}}" } } } ],
          "connections": [
            { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "before", "port": "In" } },
            { "source": { "activity": "before", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
            { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "count", "port": "In" } },
            { "source": { "activity": "count", "port": "Done" }, "target": { "activity": "after", "port": "In" } } ] } }
        """;

    /// <summary>Started by the event <paramref name="eventName"/> (a trigger); writes what the event carried.</summary>
    public static string StartedByEvent(string definitionId, string eventName) =>
        $$"""
        { "definitionId": "{{definitionId}}", "name": "Started by {{eventName}}",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "trigger", "type": "Elsa.Event", "customProperties": { "canStartWorkflow": true },
              "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{eventName}}" } } },
            { "id": "say", "type": "Elsa.WriteLine",
              "text": { "typeName": "String",
                "expression": { "type": "JavaScript", "value": "'got ' + getLastResult()" } } } ],
          "connections": [
            { "source": { "activity": "trigger", "port": "Done" }, "target": { "activity": "say", "port": "In" } } ] } }
        """;

    /// <summary>A workflow that writes one line and finishes.</summary>
    public static string Hello(string definitionId, string text = "здравей") =>
        $$"""
        { "definitionId": "{{definitionId}}", "name": "Hello",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "say", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "{{text}}" } } } ] } }
        """;

    /// <summary>Two human tasks: a review (approve or reject), then, when approved, a signature; writes the path.
    /// </summary>
    public static string TwoHumanTasks(string definitionId) =>
        $$$"""
        { "definitionId": "{{{definitionId}}}", "name": "Review and sign",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "review", "type": "CaseSystem.HumanTask",
              "title": { "typeName": "String", "expression": { "type": "Liquid",
                "value": "Преглед по {{ CorrelationId }}" } },
              "candidateGroups": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[\"Приемна\"]" } },
              "outcomes": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[\"approve\", \"reject\"]" } } },
            { "id": "sign", "type": "CaseSystem.HumanTask",
              "title": { "typeName": "String", "expression": { "type": "Literal", "value": "Подпис" } },
              "assignee": { "typeName": "String", "expression": { "type": "Literal", "value": "head-1" } },
              "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": "[\"signed\"]" } } },
            { "id": "signed", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "signed" } } },
            { "id": "rejected", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "rejected" } } } ],
          "connections": [
            { "source": { "activity": "review", "port": "approve" }, "target": { "activity": "sign", "port": "In" } },
            { "source": { "activity": "review", "port": "reject" },
              "target": { "activity": "rejected", "port": "In" } },
            { "source": { "activity": "sign", "port": "signed" }, "target": { "activity": "signed", "port": "In" } } ] } }
        """;
}
