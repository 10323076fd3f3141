using System.Text.Json;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

/// <summary>The workflows of the task tests, as Elsa JSON.</summary>
internal static class TaskWorkflows
{
    /// <summary>The review's form: one field of each type, each with a rule to break.</summary>
    public const string ReviewForm = """
        [ { "name": "amount", "label": "Сума", "type": "number", "required": true, "min": 1, "max": 100 },
          { "name": "decided", "label": "Дата на решение", "type": "date", "min": "2026-01-01" },
          { "name": "kind", "label": "Вид", "type": "choice",
            "options": [ { "value": "repair", "label": "Ремонт" }, "cleaning" ] },
          { "name": "code", "label": "Код", "type": "text", "pattern": "[A-Z]{3}-\\d+" },
          { "name": "urgent", "label": "Спешно", "type": "boolean" } ]
        """;

    /// <summary>
    /// A review for the reception (approve or reject, with a form), then, on approve, a signature by head-1; each
    /// end writes its name.
    /// </summary>
    public static string ReviewAndSign(string definitionId) =>
        $$$"""
        { "definitionId": "{{{definitionId}}}", "name": "Review and sign",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "review", "type": "CaseSystem.HumanTask",
              "title": { "typeName": "String", "expression": { "type": "Liquid",
                "value": "Преглед на сигнал {{ CorrelationId }}" } },
              "description": { "typeName": "String", "expression": { "type": "Literal",
                "value": "Проверете ПЪЛНОТАТА на документите" } },
              "candidateGroups": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[\"Приемна\"]" } },
              "priority": { "typeName": "String", "expression": { "type": "Literal", "value": "High" } },
              "outcomes": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[\"approve\", \"reject\"]" } },
              "form": { "typeName": "Object", "expression": { "type": "Object",
                "value": {{{JsonSerializer.Serialize(ReviewForm)}}} } } },
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
            { "source": { "activity": "sign", "port": "signed" },
              "target": { "activity": "signed", "port": "In" } } ] } }
        """;

    /// <summary>
    /// One task for the reception, due in two working days with a reminder one day before and an escalation;
    /// with <paramref name="overduePort"/> the deadline closes it and the flow writes "overdue".
    /// </summary>
    public static string WithDeadline(string definitionId, bool overduePort) =>
        $$$"""
        { "definitionId": "{{{definitionId}}}", "name": "With a deadline",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
            { "id": "answer", "type": "CaseSystem.HumanTask",
              "title": { "typeName": "String", "expression": { "type": "Literal",
                "value": "Отговор на сигнал" } },
              "candidateGroups": { "typeName": "Object", "expression": { "type": "Object",
                "value": "[\"Приемна\"]" } },
              "dueInWorkingDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": "2" } },
              "remindBeforeWorkingDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": "1" } },
              "overduePort": { "typeName": "Boolean", "expression": { "type": "Literal",
                "value": "{{{(overduePort ? "true" : "false")}}}" } },
              "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": "[\"answered\"]" } } },
            { "id": "late", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "overdue" } } },
            { "id": "done", "type": "Elsa.WriteLine",
              "text": { "typeName": "String", "expression": { "type": "Literal", "value": "answered" } } } ],
          "connections": [
            { "source": { "activity": "answer", "port": "Overdue" }, "target": { "activity": "late", "port": "In" } },
            { "source": { "activity": "answer", "port": "answered" },
              "target": { "activity": "done", "port": "In" } } ] } }
        """;

    /// <summary>One task for the reception with a priority and, when given, a deadline in working days.</summary>
    public static string Single(string definitionId, string title, string priority, int? dueInWorkingDays)
    {
        var due = dueInWorkingDays is { } days
            ? $$"""
              "dueInWorkingDays": { "typeName": "Int32", "expression": { "type": "Literal", "value": "{{days}}" } },
              """
            : "";
        return $$$"""
            { "definitionId": "{{{definitionId}}}", "name": "{{{title}}}",
              "root": { "id": "flow", "type": "Elsa.Flowchart", "activities": [
                { "id": "work", "type": "CaseSystem.HumanTask",
                  "title": { "typeName": "String", "expression": { "type": "Literal", "value": "{{{title}}}" } },
                  "candidateGroups": { "typeName": "Object", "expression": { "type": "Object",
                    "value": "[\"Приемна\"]" } },
                  "priority": { "typeName": "String", "expression": { "type": "Literal",
                    "value": "{{{priority}}}" } },
                  {{{due}}}
                  "outcomes": { "typeName": "Object", "expression": { "type": "Object",
                    "value": "[\"done\"]" } } } ],
              "connections": [] } }
            """;
    }
}
