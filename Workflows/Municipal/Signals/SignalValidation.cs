using System.Globalization;
using System.Net.Mail;
using CaseSystem.Workflows.Municipal.Calendar;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// Checks a submission and reports every bad field at once, each with what to change, in Bulgarian and English.
/// </summary>
internal static class SignalValidation
{
    public const int MaxDescription = 4000;
    public const int MaxAddress = 300;
    public const int MaxName = 300;
    public const int MaxPhotos = 3;

    public static Dictionary<string, SignalFieldError> Check(NewSignal signal, SignalCatalogue catalogue,
        DateTimeOffset now)
    {
        var errors = new Dictionary<string, SignalFieldError>(StringComparer.Ordinal);
        void Add(string field, string bg, string en) => errors.TryAdd(field, new SignalFieldError(bg, en));

        if (catalogue.Category(signal.CategoryCode) is null)
        {
            var codes = string.Join(", ", catalogue.Categories.Select(c => c.Code));
            Add("categoryCode", $"Изберете категория от списъка ({codes}).",
                $"Choose a category from the list ({codes}).");
        }

        if (string.IsNullOrWhiteSpace(signal.Description))
        {
            Add("description", "Опишете проблема.", "Describe the problem.");
        }
        else if (signal.Description.Length > MaxDescription)
        {
            Add("description", $"Съкратете описанието до {MaxDescription} знака (сега е {signal.Description.Length}).",
                $"Shorten the description to {MaxDescription} characters (it has {signal.Description.Length}).");
        }

        CheckLocation(signal, catalogue.Options.Bounds, Add);

        if (signal.District is not null && catalogue.District(signal.District) is null)
        {
            Add("district", "Изберете район от списъка или оставете полето празно.",
                "Choose a district from the list or leave it empty.");
        }

        if (signal.PhotoIds.Count > MaxPhotos)
        {
            Add("photoIds", $"Приложете най-много {MaxPhotos} снимки (приложени са {signal.PhotoIds.Count}).",
                $"Attach at most {MaxPhotos} photos ({signal.PhotoIds.Count} are attached).");
        }
        else if (signal.PhotoIds.Distinct().Count() != signal.PhotoIds.Count)
        {
            Add("photoIds", "Всяка снимка е приложена веднъж; махнете повторенията.",
                "Attach each photo once; remove the repeats.");
        }

        if (!signal.Anonymous)
        {
            CheckSender(signal, Add);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BulgarianCalendar.Sofia).DateTime);
        if (signal.EventsOn is { } eventsOn && eventsOn > today)
        {
            Add("eventsOn", "Датата на събитията не може да е в бъдещето; посочете кога са се случили.",
                "The date of the events cannot be in the future; give the day they happened.");
        }

        if (signal.Language is not ("bg" or "en"))
        {
            Add("language", "Изберете език: bg или en.", "Choose a language: bg or en.");
        }

        return errors;
    }

    private static void CheckLocation(NewSignal signal, SignalBounds bounds, Action<string, string, string> add)
    {
        var hasAddress = !string.IsNullOrWhiteSpace(signal.Address);
        if (signal.Latitude is null != signal.Longitude is null)
        {
            add("latitude", "Посочете и географската ширина, и дължината на точката, или нито едната.",
                "Give both the latitude and the longitude of the point, or neither.");
        }
        else if (signal.Latitude is { } latitude && signal.Longitude is { } longitude)
        {
            if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || !bounds.Contains(latitude, longitude))
            {
                var box = string.Create(CultureInfo.InvariantCulture,
                    $"{bounds.South}–{bounds.North} N, {bounds.West}–{bounds.East} E");
                add("latitude", $"Точката е извън Столична община ({box}); изберете място на картата в София.",
                    $"The point is outside Sofia municipality ({box}); choose a place on the map in Sofia.");
            }
        }
        else if (!hasAddress)
        {
            add("address", "Посочете адрес или изберете точка на картата.",
                "Give an address or choose a point on the map.");
        }

        if (hasAddress && signal.Address!.Length > MaxAddress)
        {
            add("address", $"Съкратете адреса до {MaxAddress} знака.",
                $"Shorten the address to {MaxAddress} characters.");
        }
    }

    private static void CheckSender(NewSignal signal, Action<string, string, string> add)
    {
        if (string.IsNullOrWhiteSpace(signal.Name))
        {
            add("name", "Посочете името си или подайте сигнала като анонимен (тогава той не се разглежда).",
                "Give your name, or file the signal as anonymous (it is then not processed).");
        }
        else if (signal.Name.Length > MaxName)
        {
            add("name", $"Съкратете името до {MaxName} знака.", $"Shorten the name to {MaxName} characters.");
        }

        if (string.IsNullOrWhiteSpace(signal.Email) && string.IsNullOrWhiteSpace(signal.Phone)
            && string.IsNullOrWhiteSpace(signal.PostalAddress) && signal.OwnerAccountId is null)
        {
            add("email", "Посочете имейл, телефон или пощенски адрес, за да получите отговор.",
                "Give an e-mail, a phone number or a postal address, so that the answer reaches you.");
        }

        if (!string.IsNullOrWhiteSpace(signal.Email) && !IsEmail(signal.Email))
        {
            add("email", "Проверете имейла: трябва да е във вида ime@primer.bg.",
                "Check the e-mail address: it should look like name@example.com.");
        }

        if (!string.IsNullOrWhiteSpace(signal.Phone))
        {
            var digits = signal.Phone.Count(char.IsAsciiDigit);
            var allowed = signal.Phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '/');
            if (!allowed || digits is < 6 or > 15)
            {
                add("phone", "Проверете телефона: от 6 до 15 цифри, например 0888 123 456 или +359 2 123 4567.",
                    "Check the phone number: 6 to 15 digits, such as 0888 123 456 or +359 2 123 4567.");
            }
        }

        if (signal.PostalAddress is { Length: > MaxAddress })
        {
            add("postalAddress", $"Съкратете пощенския адрес до {MaxAddress} знака.",
                $"Shorten the postal address to {MaxAddress} characters.");
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= 320 && MailAddress.TryCreate(text.Trim(), out var address)
        && address.Address == text.Trim() && address.Host.Contains('.', StringComparison.Ordinal);
}
