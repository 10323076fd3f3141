using System.Globalization;
using System.Text;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>The reads signals share: their public form, whether they are open, and likely duplicates.</summary>
public static class SignalQueries
{
    /// <summary>Open311's open: not yet fixed, closed, a duplicate or passed to another authority.</summary>
    public static bool IsOpen(CaseStatus status) =>
        status is not (CaseStatus.Fixed or CaseStatus.Closed or CaseStatus.Duplicate
            or CaseStatus.NotMunicipalResponsibility);

    /// <summary>An address reduced for comparing: lower case, letters and digits only, single spaces.</summary>
    public static string? AddressKey(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var builder = new StringBuilder(address.Length);
        foreach (var c in address.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var key = builder.ToString().Trim();
        return key.Length == 0 ? null : key;
    }

    public static PublicSignal Public(SignalRecord signal, CaseRecord @case, SignalCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(catalogue);

        var category = catalogue.Category(signal.CategoryCode);
        return new PublicSignal
        {
            Id = signal.Id,
            RegistrationIndex = @case.RegistrationIndex,
            CategoryCode = signal.CategoryCode,
            CategoryNameBg = category?.NameBg ?? signal.CategoryCode,
            CategoryNameEn = category?.NameEn ?? signal.CategoryCode,
            Status = @case.Status,
            Latitude = signal.Latitude is { } latitude ? PublicText.Round(latitude) : null,
            Longitude = signal.Longitude is { } longitude ? PublicText.Round(longitude) : null,
            Address = PublicText.Address(signal.Address),
            District = signal.District,
            Description = signal.PublicDescription,
            Department = signal.Department,
            ReceivedAt = signal.ReceivedAt,
            UpdatedAt = @case.UpdatedAt,
            DecisionDueAt = signal.DecisionDueAt,
        };
    }

    /// <summary>
    /// Open signals of the category within the configured radius of the point (nearest first), or, for a
    /// signal with an address only, at the same address.
    /// </summary>
    public static async Task<IReadOnlyList<LikelyDuplicate>> LikelyDuplicatesAsync(
        MunicipalDbContext db, SignalCatalogue catalogue, string categoryCode, GeoPoint? point, string? address,
        Guid? except, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalogue);

        var open = Joined(db)
            .Where(x => x.Signal.CategoryCode == categoryCode && x.Signal.Id != except
                && x.Case.Status != CaseStatus.Fixed && x.Case.Status != CaseStatus.Closed
                && x.Case.Status != CaseStatus.Duplicate && x.Case.Status != CaseStatus.NotMunicipalResponsibility);
        var radius = catalogue.Options.DuplicateRadiusMetres;

        if (point is { } here)
        {
            var (dLat, dLon) = here.Margin(radius);
            var (south, north) = (here.Latitude - dLat, here.Latitude + dLat);
            var (west, east) = (here.Longitude - dLon, here.Longitude + dLon);
            var near = await open
                .Where(x => x.Signal.Latitude >= south && x.Signal.Latitude <= north
                    && x.Signal.Longitude >= west && x.Signal.Longitude <= east)
                .Take(200)
                .ToListAsync(cancellationToken);
            return [.. near
                .Select(x => (x, Distance: here.DistanceTo(GeoPoint.Of(x.Signal.Latitude, x.Signal.Longitude)!.Value)))
                .Where(x => x.Distance <= radius)
                .OrderBy(x => x.Distance)
                .Select(x => new LikelyDuplicate(Public(x.x.Signal, x.x.Case, catalogue), Math.Round(x.Distance, 1)))];
        }

        if (AddressKey(address) is not { } key)
        {
            return [];
        }

        var same = await open.Where(x => x.Signal.AddressKey == key)
            .OrderByDescending(x => x.Signal.ReceivedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. same.Select(x => new LikelyDuplicate(Public(x.Signal, x.Case, catalogue), null))];
    }

    internal static IQueryable<SignalWithCase> Joined(MunicipalDbContext db) =>
        db.Signals.AsNoTracking().Join(db.Cases.AsNoTracking(), s => s.Id, c => c.Id,
            (s, c) => new SignalWithCase { Signal = s, Case = c });

    internal sealed class SignalWithCase
    {
        public required SignalRecord Signal { get; init; }

        public required CaseRecord Case { get; init; }
    }
}
