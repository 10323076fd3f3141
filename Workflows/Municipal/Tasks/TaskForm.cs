using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseSystem.Workflows.Municipal.Tasks;

/// <summary>
/// Reads a task's form definition and checks what a clerk filled in against it. Values may come as JSON types or
/// as the text a web form posts ("42", "true", "on"); they are handed to the workflow as JSON types.
/// </summary>
public static class TaskForm
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The fields of a form definition; empty for none. Entries without a name are left out.</summary>
    public static IReadOnlyList<TaskFormField> Fields(string? formJson)
    {
        if (string.IsNullOrWhiteSpace(formJson) || JsonNode.Parse(formJson) is not JsonArray array)
        {
            return [];
        }

        var fields = new List<TaskFormField>();
        foreach (var item in array.OfType<JsonObject>())
        {
            if (Text(item["name"]) is not { Length: > 0 } name)
            {
                continue;
            }

            fields.Add(new TaskFormField(
                name,
                Text(item["label"]) ?? name,
                (Text(item["type"]) ?? "text").ToLowerInvariant(),
                item["required"] is JsonValue required && required.TryGetValue<bool>(out var r) && r,
                Options(item["options"]),
                Text(item["min"]),
                Text(item["max"]),
                Text(item["pattern"])));
        }

        return fields;
    }

    /// <summary>
    /// Checks every field; answers with what is wrong with each bad one (empty when all are good) and the data
    /// with its values in their JSON types. Keys the form does not define pass unchanged.
    /// </summary>
    public static (IReadOnlyDictionary<string, TaskFieldError> Errors, JsonObject Data) Validate(
        IReadOnlyList<TaskFormField> fields, JsonObject? data)
    {
        ArgumentNullException.ThrowIfNull(fields);

        var errors = new Dictionary<string, TaskFieldError>(StringComparer.Ordinal);
        var result = data?.DeepClone().AsObject() ?? [];
        foreach (var field in fields)
        {
            var value = result[field.Name];
            if (IsEmpty(value))
            {
                if (field.Required)
                {
                    errors[field.Name] = new TaskFieldError(
                        $"Попълнете „{field.Label}“.", $"Fill in “{field.Label}”.");
                }

                continue;
            }

            var (error, normalized) = Check(field, value!);
            if (error is not null)
            {
                errors[field.Name] = error;
            }
            else
            {
                result[field.Name] = normalized;
            }
        }

        return (errors, result);
    }

    private static (TaskFieldError? Error, JsonNode? Value) Check(TaskFormField field, JsonNode value) =>
        field.Type switch
        {
            "number" => CheckNumber(field, value),
            "date" => CheckDate(field, value),
            "choice" => CheckChoice(field, value),
            "boolean" => CheckBoolean(field, value),
            _ => CheckText(field, value),
        };

    private static (TaskFieldError?, JsonNode?) CheckText(TaskFormField field, JsonNode value)
    {
        if (value is not JsonValue json || !json.TryGetValue<string>(out var text))
        {
            return (new TaskFieldError($"„{field.Label}“ трябва да е текст.",
                $"“{field.Label}” must be text."), null);
        }

        if (Number(field.Min) is { } min && text.Length < min)
        {
            return (new TaskFieldError($"„{field.Label}“ трябва да има поне {min} знака.",
                $"“{field.Label}” needs at least {min} characters."), null);
        }

        if (Number(field.Max) is { } max && text.Length > max)
        {
            return (new TaskFieldError($"„{field.Label}“ може да има най-много {max} знака.",
                $"“{field.Label}” may have at most {max} characters."), null);
        }

        if (field.Pattern is { Length: > 0 } pattern && !Matches(text, pattern))
        {
            return (new TaskFieldError($"„{field.Label}“ не е във вярната форма.",
                $"“{field.Label}” is not in the expected form."), null);
        }

        return (null, JsonValue.Create(text));
    }

    private static (TaskFieldError?, JsonNode?) CheckNumber(TaskFormField field, JsonNode value)
    {
        decimal? number = value switch
        {
            JsonValue json when json.GetValueKind() == JsonValueKind.Number => Number(json.ToJsonString()),
            JsonValue json when json.TryGetValue<string>(out var text) => Number(text),
            _ => null,
        };
        if (number is null)
        {
            return (new TaskFieldError($"„{field.Label}“ трябва да е число.",
                $"“{field.Label}” must be a number."), null);
        }

        if (Number(field.Min) is { } min && number < min)
        {
            return (new TaskFieldError($"„{field.Label}“ не може да е по-малко от {min}.",
                $"“{field.Label}” must be at least {min}."), null);
        }

        if (Number(field.Max) is { } max && number > max)
        {
            return (new TaskFieldError($"„{field.Label}“ не може да е повече от {max}.",
                $"“{field.Label}” must be at most {max}."), null);
        }

        return (null, JsonValue.Create(number.Value));
    }

    private static (TaskFieldError?, JsonNode?) CheckDate(TaskFormField field, JsonNode value)
    {
        if (value is not JsonValue json || !json.TryGetValue<string>(out var text) || Date(text) is not { } date)
        {
            return (new TaskFieldError(
                $"„{field.Label}“ трябва да е дата във вида ГГГГ-ММ-ДД.",
                $"“{field.Label}” must be a date as YYYY-MM-DD."), null);
        }

        if (Date(field.Min) is { } min && date < min)
        {
            return (new TaskFieldError($"„{field.Label}“ не може да е преди {min:dd.MM.yyyy}.",
                $"“{field.Label}” must not be before {min:yyyy-MM-dd}."), null);
        }

        if (Date(field.Max) is { } max && date > max)
        {
            return (new TaskFieldError($"„{field.Label}“ не може да е след {max:dd.MM.yyyy}.",
                $"“{field.Label}” must not be after {max:yyyy-MM-dd}."), null);
        }

        return (null, JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static (TaskFieldError?, JsonNode?) CheckChoice(TaskFormField field, JsonNode value)
    {
        var text = Text(value);
        if (text is null || !field.Options.Any(o => string.Equals(o.Value, text, StringComparison.Ordinal)))
        {
            return (new TaskFieldError(
                $"Изберете една от възможностите за „{field.Label}“.",
                $"Choose one of the options for “{field.Label}”."), null);
        }

        return (null, JsonValue.Create(text));
    }

    private static (TaskFieldError?, JsonNode?) CheckBoolean(TaskFormField field, JsonNode value)
    {
        bool? flag = value switch
        {
            JsonValue json when json.TryGetValue<bool>(out var b) => b,
            JsonValue json when json.TryGetValue<string>(out var s) => s.Trim().ToLowerInvariant() switch
            {
                "true" or "on" or "yes" or "1" => true,
                "false" or "off" or "no" or "0" => false,
                _ => null,
            },
            _ => null,
        };
        return flag is null
            ? (new TaskFieldError($"„{field.Label}“ трябва да е „да“ или „не“.",
                $"“{field.Label}” must be yes or no."), null)
            : (null, JsonValue.Create(flag.Value));
    }

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, $"^(?:{pattern})$", RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool IsEmpty(JsonNode? value) =>
        value is null || (value is JsonValue json && json.TryGetValue<string>(out var text)
            && string.IsNullOrWhiteSpace(text));

    private static IReadOnlyList<TaskFormOption> Options(JsonNode? options) => options switch
    {
        JsonArray array => [.. array.Select(Option).OfType<TaskFormOption>()],
        JsonValue json when Text(json) is { } text => [.. text.Split(',',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => new TaskFormOption(v, v))],
        _ => [],
    };

    private static TaskFormOption? Option(JsonNode? option) => option switch
    {
        JsonObject o when Text(o["value"]) is { } value => new TaskFormOption(value, Text(o["label"]) ?? value),
        JsonValue json when Text(json) is { } value => new TaskFormOption(value, value),
        _ => null,
    };

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue json when json.TryGetValue<string>(out var s) => s,
        JsonValue json when json.GetValueKind() is JsonValueKind.Number or JsonValueKind.True
            or JsonValueKind.False => json.ToJsonString(),
        _ => null,
    };

    private static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var d) ? d : null;
}
