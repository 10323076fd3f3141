namespace CaseSystem.Pdf.Bench;

/// <summary>What both renderers put on the page: a one-page certificate of heirs.</summary>
internal static class Certificate
{
    public const string Municipality = "СТОЛИЧНА ОБЩИНА";
    public const string District = "Район „Триадица“, бул. „Витоша“ № 1, 1000 София";
    public const string Title = "УДОСТОВЕРЕНИЕ ЗА НАСЛЕДНИЦИ № 42";
    public const string Index = "Рег. индекс СО-0042-2026 от 03.12.2026";

    public const string Opening =
        "Настоящото удостоверение се издава на основание чл. 24, ал. 1 от Закона за гражданската регистрация " +
        "и въз основа на данните в регистъра на населението, за да послужи пред банки, нотариуси и други " +
        "институции. Лицето, посочено по-долу, е починало и е оставило следните наследници по закон.";

    public const string Closing =
        "Удостоверението е валидно до промяна на обстоятелствата, вписани в него. Таксата от 12,50 лв. е " +
        "платена по банков път. Документът е подписан с квалифициран електронен подпис и може да бъде " +
        "проверен на адрес, посочен в придружителното писмо.";

    public const string Date = "Дата: 03.12.2026";
    public const string Signature = "Кмет на района: ..................";
    public const string PageFormat = "стр. {0} от {1}";

    public static readonly string[] Columns = ["№", "Наследник", "Родство"];

    public static readonly string[][] Heirs =
    [
        ["1", "Мария Иванова Петрова", "съпруга"],
        ["2", "Георги Петров Иванов", "син"],
        ["3", "Елена Петрова Димитрова", "дъщеря"],
        ["4", "Николай Петров Иванов", "син"],
    ];
}
