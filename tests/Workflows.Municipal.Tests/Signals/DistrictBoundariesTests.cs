using System.Text.Json.Nodes;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Tests.Signals;

/// <summary>
/// Districts from their GeoJSON boundaries: which district a point lies in, holes and multi-part districts
/// included, and a file that cannot be used stopping the catalogue with what to change.
/// </summary>
public sealed class DistrictBoundariesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("districts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Средец: the square 23.31–23.33 E, 42.69–42.70 N with a hole 23.318–23.322 E, 42.694–42.696 N.
    /// Лозенец: two squares, 23.31–23.33 E 42.67–42.68 N and 23.34–23.35 E 42.67–42.68 N.
    /// </summary>
    public static string Sofia() => new JsonObject
    {
        ["type"] = "FeatureCollection",
        ["features"] = new JsonArray(
            Feature("sredets", "Polygon", new JsonArray(
                Ring(23.31, 42.69, 23.33, 42.70), Ring(23.318, 42.694, 23.322, 42.696))),
            Feature("lozenets", "MultiPolygon", new JsonArray(
                new JsonArray(Ring(23.31, 42.67, 23.33, 42.68)),
                new JsonArray(Ring(23.34, 42.67, 23.35, 42.68))))),
    }.ToJsonString();

    [Theory]
    [InlineData(42.698, 23.312, "sredets")]
    [InlineData(42.695, 23.320, null)]
    [InlineData(42.675, 23.320, "lozenets")]
    [InlineData(42.675, 23.345, "lozenets")]
    [InlineData(42.675, 23.335, null)]
    [InlineData(42.750, 23.320, null)]
    public void A_point_lies_in_the_district_whose_boundary_holds_it(double latitude, double longitude,
        string? district)
    {
        var boundaries = DistrictBoundaries.Parse(Sofia());

        Assert.Equal(district, boundaries.DistrictAt(latitude, longitude));
    }

    [Theory]
    [InlineData("{", "it is not JSON")]
    [InlineData("""{"type":"Feature"}""", "it must be a GeoJSON FeatureCollection")]
    [InlineData("""{"type":"FeatureCollection","features":[{"properties":{},"geometry":null}]}""",
        "feature 0 needs a \"code\" property")]
    [InlineData("""
        {"type":"FeatureCollection","features":[{"properties":{"code":"iskar"},
         "geometry":{"type":"LineString","coordinates":[[23.3,42.6],[23.4,42.7]]}}]}
        """, "feature 0 ('iskar'): its geometry is a LineString; use a Polygon or a MultiPolygon.")]
    [InlineData("""
        {"type":"FeatureCollection","features":[{"properties":{"code":"iskar"},
         "geometry":{"type":"Polygon","coordinates":[[[23.3,42.6],[23.4,42.7],[23.3,42.6]]]}}]}
        """, "feature 0 ('iskar'): a ring needs at least four [longitude, latitude] positions")]
    public void A_file_that_is_not_usable_says_what_to_change(string geoJson, string message)
    {
        var error = Assert.Throws<FormatException>(() => DistrictBoundaries.Parse(geoJson));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_derives_a_district_only_when_none_was_chosen()
    {
        var catalogue = Catalogue(Write(Sofia()));

        Assert.Equal("lozenets", catalogue.DistrictOf(null, 42.675, 23.320));
        Assert.Equal("iskar", catalogue.DistrictOf("iskar", 42.675, 23.320));
        Assert.Null(catalogue.DistrictOf(null, null, null));
        Assert.Null(new SignalCatalogue(Options.Create(new SignalOptions())).DistrictOf(null, 42.675, 23.320));
    }

    [Fact]
    public void Boundaries_of_a_district_that_is_not_configured_stop_the_catalogue()
    {
        var file = Write(Sofia().Replace("lozenets", "narnia", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(file));

        Assert.Contains($"DistrictBoundaries: '{file}' names districts that are not configured: narnia; use the codes",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_boundaries_file_that_is_missing_stops_the_catalogue_naming_it()
    {
        var file = Path.Combine(_folder, "missing.geojson");

        var error = Assert.Throws<InvalidOperationException>(() => Catalogue(file));

        Assert.Contains($"DistrictBoundaries: '{file}' cannot be used: ", error.Message, StringComparison.Ordinal);
    }

    private static SignalCatalogue Catalogue(string boundaries) =>
        new(Options.Create(new SignalOptions { DistrictBoundaries = boundaries }));

    private string Write(string geoJson)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.geojson");
        File.WriteAllText(path, geoJson);
        return path;
    }

    private static JsonObject Feature(string code, string type, JsonArray coordinates) => new()
    {
        ["type"] = "Feature",
        ["properties"] = new JsonObject { ["code"] = code },
        ["geometry"] = new JsonObject { ["type"] = type, ["coordinates"] = coordinates },
    };

    /// <summary>A closed rectangular ring, counter-clockwise from its south-west corner.</summary>
    private static JsonArray Ring(double west, double south, double east, double north) => new(
        new JsonArray(west, south), new JsonArray(east, south), new JsonArray(east, north),
        new JsonArray(west, north), new JsonArray(west, south));
}
