using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// The configured categories and districts, checked once: a bad setting stops the host at start, naming it.
/// Routes a signal to the department that handles it.
/// </summary>
public sealed partial class SignalCatalogue
{
    private readonly Dictionary<string, SignalCategory> _categories;
    private readonly Dictionary<string, SignalDistrict> _districts;
    private readonly DistrictBoundaries? _boundaries;

    public SignalCatalogue(IOptions<SignalOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Options = settings;

        IEnumerable<SignalCategory> categories = settings.Categories.Count > 0
            ? settings.Categories
            : DefaultSignalCategories.Categories;
        _categories = new Dictionary<string, SignalCategory>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (!CodeShape().IsMatch(category.Code))
            {
                throw Invalid($"Categories: code '{category.Code}' must be lower-case letters, digits and hyphens.");
            }

            if (string.IsNullOrWhiteSpace(category.NameBg) || string.IsNullOrWhiteSpace(category.NameEn)
                || string.IsNullOrWhiteSpace(category.Department))
            {
                throw Invalid($"Categories: '{category.Code}' needs NameBg, NameEn and Department.");
            }

            if (!_categories.TryAdd(category.Code, category))
            {
                throw Invalid($"Categories: code '{category.Code}' is configured twice.");
            }
        }

        IEnumerable<SignalDistrict> districts = settings.Districts.Count > 0
            ? settings.Districts
            : DefaultSignalCategories.Districts;
        _districts = new Dictionary<string, SignalDistrict>(StringComparer.Ordinal);
        foreach (var district in districts)
        {
            if (!CodeShape().IsMatch(district.Code) || string.IsNullOrWhiteSpace(district.Department)
                || !_districts.TryAdd(district.Code, district))
            {
                throw Invalid($"Districts: '{district.Code}' needs a unique lower-case code and a Department.");
            }
        }

        _boundaries = LoadBoundaries(settings.DistrictBoundaries);

        if (settings.DuplicateRadiusMetres <= 0 || settings.ReopenWithin < TimeSpan.Zero
            || settings.DecisionMonths < 1 || settings.MaxDecisionMonths < settings.DecisionMonths)
        {
            throw Invalid("DuplicateRadiusMetres must be positive, ReopenWithin not negative, and "
                + "1 <= DecisionMonths <= MaxDecisionMonths.");
        }
    }

    public SignalOptions Options { get; }

    public IReadOnlyCollection<SignalCategory> Categories => _categories.Values;

    public IReadOnlyCollection<SignalDistrict> Districts => _districts.Values;

    public SignalCategory? Category(string? code) =>
        code is not null && _categories.TryGetValue(code, out var category) ? category : null;

    public SignalDistrict? District(string? code) =>
        code is not null && _districts.TryGetValue(code, out var district) ? district : null;

    /// <summary>
    /// The district a signal belongs to: the one its sender or clerk chose, else the one its map point lies in when
    /// boundaries are configured (<see cref="SignalOptions.DistrictBoundaries"/>), else none.
    /// </summary>
    public string? DistrictOf(string? chosen, double? latitude, double? longitude) =>
        chosen ?? (_boundaries is not null && GeoPoint.Of(latitude, longitude) is { } point
            ? _boundaries.DistrictAt(point.Latitude, point.Longitude)
            : null);

    /// <summary>The department a signal of this category in this district goes to.</summary>
    /// <exception cref="ArgumentException">The category is not configured.</exception>
    public string Route(string categoryCode, string? districtCode)
    {
        var category = Category(categoryCode)
            ?? throw new ArgumentException($"No signal category has the code '{categoryCode}'.",
                nameof(categoryCode));
        return category.RouteToDistrict && District(districtCode) is { } district
            ? district.Department
            : category.Department;
    }

    private DistrictBoundaries? LoadBoundaries(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        DistrictBoundaries boundaries;
        try
        {
            boundaries = DistrictBoundaries.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw Invalid($"DistrictBoundaries: '{path}' cannot be used: {e.Message}");
        }

        var unknown = boundaries.Codes.Where(code => !_districts.ContainsKey(code)).ToList();
        return unknown.Count == 0
            ? boundaries
            : throw Invalid($"DistrictBoundaries: '{path}' names districts that are not configured: "
                + $"{string.Join(", ", unknown)}; use the codes of Districts ({string.Join(", ", _districts.Keys)}).");
    }

    private static InvalidOperationException Invalid(string problem) =>
        new($"Configuration section '{SignalOptions.SectionName}': {problem}");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex CodeShape();
}
