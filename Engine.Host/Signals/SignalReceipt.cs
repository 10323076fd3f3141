using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Templates;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;

namespace CaseSystem.Host.Signals;

/// <summary>
/// A signal's receipt: DocumentStore's receipt template with the signal's index, date, sender, category, what was
/// received and what happens next, in Bulgarian (the municipality's documents are Bulgarian).
/// </summary>
internal static class SignalReceipt
{
    public const string FileName = "Разписка.pdf";

    public static byte[] Render(SignalRecord signal, CaseRecord matter, SignalCatalogue catalogue,
        IReadOnlyList<DraftPhoto> photos, DateTimeOffset? dueAt, string? clerk)
    {
        var category = catalogue.Category(signal.CategoryCode)?.NameBg ?? signal.CategoryCode;
        var received = new JsonArray { (JsonNode)"Сигнал: описание на проблема и мястото" };
        foreach (var photo in photos)
        {
            received.Add((JsonNode)$"Снимка: {photo.FileName}");
        }

        var data = new JsonObject
        {
            ["unit"] = catalogue.Options.Letter.Unit,
            ["registrationIndex"] = matter.RegistrationIndex,
            ["date"] = SignalTexts.Day(signal.ReceivedAt),
            ["applicant"] = matter.ApplicantName,
            ["service"] = $"Сигнал: {category}",
            ["channel"] = Channel(signal.Channel),
            ["documents"] = received,
            ["deadline"] = dueAt is { } at ? SignalTexts.Day(at) : "—",
            ["nextSteps"] = dueAt is { } due
                ? "Сигналът се разглежда от компетентното звено на Столична община. Решение по него се взема до "
                    + $"{SignalTexts.Day(due)}; срокът може да бъде удължен до шест месеца, за което ще бъдете "
                    + "уведомени. За решението ще бъдете уведомени в седемдневен срок от вземането му."
                : SignalTexts.Reason(SignalClosure.Anonymous).Bg,
        };
        if (clerk is not null)
        {
            data["clerk"] = new JsonObject { ["name"] = clerk, ["position"] = "Приел:" };
        }

        return new DocumentTemplates().Render("receipt", data);
    }

    private static string Channel(SignalChannel channel) => channel switch
    {
        SignalChannel.Portal => "Портал за електронни услуги",
        SignalChannel.Phone => "По телефона",
        SignalChannel.WalkIn => "На гише",
        SignalChannel.Email => "По електронна поща",
        SignalChannel.Open311 => "Open311",
        _ => channel.ToString(),
    };
}
