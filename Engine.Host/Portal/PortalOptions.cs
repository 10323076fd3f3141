using System.Globalization;
using CaseSystem.Workflows.Municipal;

namespace CaseSystem.Host.Portal;

/// <summary>The citizen portal's settings: its service catalogue and its accessibility statement.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>The services on the home page, in the order shown.</summary>
    public IList<PortalService> Services { get; } = [];

    public AccessibilitySettings Accessibility { get; } = new();

    /// <summary>The maps of the signal pages (Leaflet): where tiles come from and whose they are.</summary>
    public MapSettings Map { get; } = new();

    /// <summary>What is wrong with the settings, each saying what to change; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (service, i) in Services.Select((s, i) => (s, i)))
        {
            var at = $"Portal:Services:{i.ToString(CultureInfo.InvariantCulture)}";
            if (string.IsNullOrWhiteSpace(service.Code))
            {
                problems.Add($"{at}:Code is missing; give the service's code.");
            }

            if (!service.Name.IsComplete || !service.Summary.IsComplete)
            {
                problems.Add($"{at}: give Name and Summary in both Bg and En.");
            }

            if (service.ApplyUrl is { Length: > 0 } url && (!url.StartsWith('/') || url.StartsWith("//",
                    StringComparison.Ordinal)))
            {
                problems.Add($"{at}:ApplyUrl is '{url}'; give a path of this site, such as /signals/new.");
            }

            if (service.ApplyUrl is not { Length: > 0 } && !service.Counter.IsComplete)
            {
                problems.Add($"{at}: a service not yet online needs Counter (where to apply) in Bg and En.");
            }
        }

        if (!Map.TileUrl.Contains("{z}", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(Map.Attribution))
        {
            problems.Add("Portal:Map needs TileUrl (a template with {z}, {x} and {y}) and Attribution.");
        }

        if (string.IsNullOrWhiteSpace(Accessibility.ContactEmail) || Accessibility.Reviewed is null)
        {
            problems.Add("Portal:Accessibility needs ContactEmail and Reviewed (the statement's date).");
        }

        return problems;
    }
}

/// <summary>
/// One service of the catalogue: online when it has <see cref="ApplyUrl"/> (a page of the portal), otherwise
/// applied for at the counter that <see cref="Counter"/> names.
/// </summary>
public sealed class PortalService
{
    public string Code { get; set; } = "";

    public LocalText Name { get; } = new();

    public LocalText Summary { get; } = new();

    public string? ApplyUrl { get; set; }

    public LocalText Counter { get; } = new();

    public bool IsOnline => ApplyUrl is { Length: > 0 };
}

/// <summary>What the accessibility statement names: where to write, and when it was last reviewed.</summary>
public sealed class AccessibilitySettings
{
    public string ContactEmail { get; set; } = "";

    public string? ContactPhone { get; set; }

    public DateOnly? Reviewed { get; set; }
}

/// <summary>
/// The tile server of the maps. OpenStreetMap's standard tiles by default, which its tile usage policy allows for
/// light use with its attribution; an installation with many visitors sets its own server.
/// </summary>
public sealed class MapSettings
{
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>HTML, as Leaflet shows it in the map's corner.</summary>
    public string Attribution { get; set; } =
        "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>";
}

/// <summary>A text of the settings in Bulgarian and English.</summary>
public sealed class LocalText
{
    public string Bg { get; set; } = "";

    public string En { get; set; } = "";

    public bool IsComplete => !string.IsNullOrWhiteSpace(Bg) && !string.IsNullOrWhiteSpace(En);

    /// <summary>English for an English culture, Bulgarian for every other.</summary>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Language.Pick(culture, Bg, En);
    }

    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
