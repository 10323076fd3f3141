using System.Text.Json.Nodes;

namespace CaseSystem.DocumentStore.Tests.Templates;

/// <summary>Case data for each template, as a case's workflow would hand it over.</summary>
internal static class SampleData
{
    public const string Index = "СО-94-00-1234/03.12.2026";

    public static JsonObject Receipt(int documents = 2)
    {
        var list = new JsonArray();
        for (var i = 1; i <= documents; i++)
        {
            list.Add(new JsonObject { ["name"] = $"Приложение {i:000}", ["pages"] = i % 3 + 1 });
        }

        var data = Page();
        data["applicant"] = "Мария Иванова Петрова";
        data["service"] = "Удостоверение за наследници";
        data["documents"] = list;
        data["deadline"] = "10.12.2026";
        return data;
    }

    public static JsonObject Certificate()
    {
        var data = Page();
        data["recipient"] = "Мария Иванова Петрова";
        data["statement"] =
            "Лицето няма задължения за местни данъци " +
            "и такси към Столична община.";
        data["purpose"] = "нотариус";
        data["signatory"] = Signatory();
        return data;
    }

    public static JsonObject Decision()
    {
        var data = Page();
        data["legalBasis"] = "чл. 44, ал. 2 от ЗМСМА";
        data["subject"] = "разрешение за поставяне на преместваем обект";
        data["grounds"] =
            new JsonArray(
                "Заявлението е подадено в срок.",
                "Обектът отговаря на схемата.");
        data["disposition"] =
            new JsonArray(
                "Разрешавам поставянето на обекта.",
                "Разрешението е за една година.");
        data["appeal"] =
            new JsonObject
            {
                ["authority"] = "Административен съд – София-град",
                ["days"] = 14,
            };
        data["signatory"] = Signatory();
        return data;
    }

    public static JsonObject Letter()
    {
        var data = Page();
        data["addressee"] =
            new JsonObject
            {
                ["name"] = "Иван Георгиев",
                ["address"] = "ул. „Шипка“ 5, София",
            };
        data["subject"] = "Ваше заявление за достъп до информация";
        data["body"] =
            new JsonArray(
                "Уведомяваме Ви, че заявлението е разгледано.",
                "Информацията е приложена.");
        data["signatory"] = Signatory();
        return data;
    }

    private static JsonObject Page() => new()
    {
        ["unit"] = "Дирекция „Административно обслужване“",
        ["registrationIndex"] = Index,
        ["date"] = "03.12.2026",
    };

    private static JsonObject Signatory() => new()
    {
        ["name"] = "Петър Стоянов",
        ["position"] = "Кмет на район",
    };
}
