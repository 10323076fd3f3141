using System.Text.Json;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// The districts' boundaries from a GeoJSON FeatureCollection (WGS 84, longitude before latitude, as RFC 7946
/// writes them): each feature a Polygon or MultiPolygon whose <c>code</c> property names a configured district.
/// Answers which district a point lies in, holes respected; a point on no boundary's inside has none.
/// </summary>
public sealed class DistrictBoundaries
{
    private readonly List<(string Code, Polygon[] Polygons)> _districts;

    private DistrictBoundaries(List<(string Code, Polygon[] Polygons)> districts) => _districts = districts;

    /// <summary>The district codes that have a boundary.</summary>
    public IEnumerable<string> Codes => _districts.Select(d => d.Code);

    /// <summary>Reads the boundaries; every problem is named with the feature it is in and what to change.</summary>
    /// <exception cref="FormatException">The text is not such a FeatureCollection.</exception>
    public static DistrictBoundaries Parse(string geoJson)
    {
        ArgumentNullException.ThrowIfNull(geoJson);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(geoJson);
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not JSON ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("it must be a GeoJSON FeatureCollection with a \"features\" array.");
            }

            var districts = new List<(string, Polygon[])>();
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                districts.Add(Feature(feature, index++));
            }

            return new DistrictBoundaries(districts);
        }
    }

    /// <summary>The code of the first district whose boundary holds the point, or null.</summary>
    public string? DistrictAt(double latitude, double longitude)
    {
        foreach (var (code, polygons) in _districts)
        {
            if (polygons.Any(p => p.Contains(longitude, latitude)))
            {
                return code;
            }
        }

        return null;
    }

    private static (string, Polygon[]) Feature(JsonElement feature, int index)
    {
        var code = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p)
            && p.ValueKind == JsonValueKind.Object
                ? Text(p, "code")
                : null;
        var name = code is null ? $"feature {index}" : $"feature {index} ('{code}')";
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new FormatException($"{name} needs a \"code\" property naming its district.");
        }

        if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("coordinates", out var coordinates))
        {
            throw new FormatException($"{name} needs a geometry with coordinates.");
        }

        try
        {
            return Text(geometry, "type") switch
            {
                "Polygon" => (code, [Polygon.Read(coordinates)]),
                "MultiPolygon" => (code, [.. coordinates.EnumerateArray().Select(Polygon.Read)]),
                var other => throw new FormatException(
                    $"its geometry is a {other ?? "nameless type"}; use a Polygon or a MultiPolygon."),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            throw new FormatException($"{name}: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>An outer ring and its holes, each a closed list of (x = longitude, y = latitude).</summary>
    private sealed class Polygon(double[][] outer, double[][][] holes)
    {
        public static Polygon Read(JsonElement rings)
        {
            var read = rings.EnumerateArray().Select(Ring).ToList();
            return read.Count > 0
                ? new Polygon(read[0], [.. read.Skip(1)])
                : throw new FormatException("a polygon needs at least its outer ring.");
        }

        public bool Contains(double x, double y) => Inside(outer, x, y) && !holes.Any(h => Inside(h, x, y));

        private static double[][] Ring(JsonElement ring)
        {
            var points = ring.EnumerateArray()
                .Select(p => p.EnumerateArray().Select(c => c.GetDouble()).ToArray())
                .ToArray();
            if (points.Length < 4 || points.Any(p => p.Length < 2))
            {
                throw new FormatException(
                    "a ring needs at least four [longitude, latitude] positions, the last the same as the first.");
            }

            return points;
        }

        // Even-odd rule: a ray from the point crosses the ring's edges an odd number of times when it is inside.
        private static bool Inside(double[][] ring, double x, double y)
        {
            var inside = false;
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (xi, yi, xj, yj) = (ring[i][0], ring[i][1], ring[j][0], ring[j][1]);
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
                {
                    inside = !inside;
                }
            }

            return inside;
        }
    }
}
