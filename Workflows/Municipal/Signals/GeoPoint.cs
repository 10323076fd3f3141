namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>A point on the map, in WGS 84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>The point when both coordinates are given.</summary>
    public static GeoPoint? Of(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? new GeoPoint(lat, lon) : null;

    /// <summary>The great-circle distance (haversine): within a few metres at a city's scale.</summary>
    public double DistanceTo(GeoPoint other)
    {
        var lat1 = Radians(Latitude);
        var lat2 = Radians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = Radians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Degrees of latitude and of longitude that certainly hold a circle of this radius around the point.
    /// </summary>
    public (double Latitude, double Longitude) Margin(double metres)
    {
        var latitude = metres / 111_000d;
        var longitude = metres / (111_000d * Math.Max(0.01, Math.Cos(Radians(Latitude))));
        return (latitude * 1.01, longitude * 1.01);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
