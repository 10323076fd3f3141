using System.Globalization;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal;

namespace CaseSystem.Host.Signals;

/// <summary>
/// What a signal's request page adds: what was reported and where, the district, when the decision is due, its
/// photos (they are among the documents below, opened by the viewer's own links), and what is known of duplicates.
/// To a code holder it shows only what the sender gave on the signal, never the sender's contacts.
/// </summary>
public sealed class SignalRequestDetails(SignalService signals, SignalCatalogue catalogue) : IRequestDetails
{
    public async Task<IReadOnlyList<RequestDetail>> ForAsync(CaseRecord matter, RequestViewer viewer,
        CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matter);
        if (matter.ServiceCode != SignalService.ServiceCode
            || await signals.FindAsync(matter.Id, cancellationToken) is not { } details)
        {
            return [];
        }

        var signal = details.Signal;
        var english = Language.IsEnglish(culture);
        string T(string key) => Ui.Text(key, culture);
        var lines = new List<RequestDetail>
        {
            new(T("signal.category"), catalogue.Category(signal.CategoryCode)?.Name(english) ?? signal.CategoryCode),
            new(T("signal.description"), signal.Description),
        };
        if (signal.Address is { } address)
        {
            lines.Add(new(T("signal.address"), address));
        }

        if (signal.Latitude is { } latitude && signal.Longitude is { } longitude)
        {
            lines.Add(new(T("signal.point"), string.Create(CultureInfo.InvariantCulture,
                $"{latitude:0.######}, {longitude:0.######}")));
        }

        if (catalogue.District(signal.District) is { } district)
        {
            lines.Add(new(T("signal.district"), english ? district.NameEn : district.NameBg));
        }

        if (signal.EventsOn is { } eventsOn)
        {
            lines.Add(new(T("signal.events-on"), eventsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
        }

        if (signal.Anonymous)
        {
            lines.Add(new(T("signal.decision"), T("signal.anonymous-not-examined")));
        }
        else if (signal.DecisionDueAt is { } due)
        {
            lines.Add(new(T("signal.decision"), string.Format(culture, T("signal.decision-due"),
                SignalTexts.Day(due))));
        }

        lines.Add(new(T("signal.photos"), details.PhotoIds.Count == 0
            ? T("signal.photos-none")
            : string.Format(culture, T("signal.photos-count"), details.PhotoIds.Count)));

        if (signal.DuplicateOf is { } original && await signals.FindPublicAsync(original, cancellationToken) is { } of)
        {
            lines.Add(new(T("signal.duplicate-of"), of.RegistrationIndex));
        }
        else if (viewer == RequestViewer.Owner
            && await signals.PossibleDuplicatesAsync(matter.Id, cancellationToken) is { Count: > 0 } possible)
        {
            lines.Add(new(T("signal.possible-duplicates"),
                string.Join(", ", possible.Select(p => p.Signal.RegistrationIndex))));
        }

        return lines;
    }
}
