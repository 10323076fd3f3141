using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Languages = CaseSystem.Workflows.Municipal.Language;

namespace CaseSystem.Host.Open311;

/// <summary>
/// Open311 GeoReport v2 for signals under <c>/open311/v2</c>: discovery, services (one per signal category),
/// service definitions, requests (read by anyone, without personal data; posted form-encoded with an
/// <c>api_key</c>), a single request, and tokens. Every path ends in <c>.json</c> or <c>.xml</c>; errors are
/// <c>[{code, description}]</c> in that format with 400, 403 or 404 (413 for a body over the host's limit), and
/// so is a path or method nothing serves. Identifiers are strings; times are ISO 8601 with their offset; the
/// citizen-visible statuses go beyond open and closed in <c>extended_attributes</c>.
/// </summary>
internal static class Open311Endpoints
{
    /// <summary>GeoReport v2: without dates or ids, requests of the last 90 days.</summary>
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/open311/v2").WithTags("Open311").AllowAnonymous().AddEndpointFilter(Answer);
        v2.MapGet("/discovery.{format}", Discovery).WithSummary("What this endpoint offers");
        v2.MapGet("/services.{format}", Services).WithSummary("The signal categories, one service each");
        v2.MapGet("/services/{code}.{format}", Definition).WithSummary("A service's attributes");
        v2.MapGet("/requests.{format}", ListAsync).WithSummary("Signals, filtered; no personal data");
        v2.MapPost("/requests.{format}", SubmitAsync).WithSummary("File a signal (form-encoded, with api_key)")
            .DisableAntiforgery();
        v2.MapGet("/requests/{id}.{format}", GetAsync).WithSummary("One signal");
        v2.MapGet("/tokens/{token}.{format}", TokenAsync).WithSummary("The request a token stands for");

        // Any other path or method under the root still answers as Open311 does, not with an empty 404 or 405.
        app.Map("/open311/v2/{**rest}", NotServed).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static Open311Result NotServed(HttpRequest request)
    {
        var format = request.Path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true
            ? Open311Result.Xml
            : Open311Result.Json;
        return Error(format, StatusCodes.Status404NotFound,
            $"Nothing answers {request.Method} {request.Path}; discovery.{format} lists what does.");
    }

    // The format first, so that every error after it is written as the caller asked; then any refusal as Open311's
    // error list.
    private static async ValueTask<object?> Answer(EndpointFilterInvocationContext context,
        EndpointFilterDelegate next)
    {
        var format = context.HttpContext.GetRouteValue("format") as string;
        if (format is not (Open311Result.Json or Open311Result.Xml))
        {
            return Error(Open311Result.Json, StatusCodes.Status400BadRequest,
                $"The format '{format}' is not served; end the path in .json or .xml.");
        }

        try
        {
            return await next(context);
        }
        catch (Open311Exception problem)
        {
            return Error(format, problem.Status, [.. problem.Descriptions]);
        }
        catch (BadHttpRequestException unreadable)
        {
            // A body over the size limit (413) or a form past the form reader's limits (400).
            return Error(format, unreadable.StatusCode, $"The request cannot be read: {unreadable.Message}");
        }
        catch (InvalidDataException unreadable)
        {
            return Error(format, StatusCodes.Status400BadRequest, $"The form cannot be read: {unreadable.Message}");
        }
        catch (SignalValidationException invalid)
        {
            var culture = CultureInfo.CurrentUICulture;
            return Error(format, StatusCodes.Status400BadRequest,
                [.. invalid.Errors.Select(e => $"{Parameter(e.Key)}: {e.Value.MessageFor(culture)}")]);
        }
    }

    private static Open311Result Discovery(string format, HttpRequest request, IOptions<Open311Options> options) =>
        new(Open311Views.Discovery(options.Value, $"{request.Scheme}://{request.Host}/open311/v2"), format);

    private static Open311Result Services(string format, SignalCatalogue catalogue) =>
        new(Open311Views.Services(catalogue), format);

    private static Open311Result Definition(string code, string format, SignalCatalogue catalogue) =>
        catalogue.Category(code) is { } category
            ? new(Open311Views.Definition(catalogue, category), format)
            : throw new Open311Exception(StatusCodes.Status404NotFound,
                $"No service has the code '{code}'; services.{format} lists them.");

    private static async Task<Open311Result> ListAsync(string format, HttpRequest request, SignalService signals,
        SignalCatalogue catalogue, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var ids = Values(query["service_request_id"]).Select(RequestId).ToList();
        var codes = Values(query["service_code"]).ToList();
        if (codes.FirstOrDefault(c => catalogue.Category(c) is null) is { } unknown)
        {
            throw new Open311Exception($"No service has the code '{unknown}'; services.{format} lists them.");
        }

        var from = Moment(query, "start_date");
        var to = Moment(query, "end_date");
        if (from > to)
        {
            throw new Open311Exception("start_date is after end_date; swap them.");
        }

        if (ids.Count == 0 && from is null && to is null)
        {
            from = time.GetUtcNow() - DefaultWindow;
        }

        var statuses = Values(query["status"]).ToList();
        if (statuses.FirstOrDefault(s => s is not ("open" or "closed")) is { } status)
        {
            throw new Open311Exception($"status '{status}' is neither open nor closed.");
        }

        var page = await signals.ListPublicAsync(new SignalQuery
        {
            Ids = ids.Count > 0 ? ids : null,
            CategoryCodes = codes.Count > 0 ? codes : null,
            Open = statuses.Distinct(StringComparer.Ordinal).Count() == 1 ? statuses[0] == "open" : null,
            Statuses = ExtendedStatuses(query),
            From = from,
            To = to,
            Page = Number(query, "page", 1, int.MaxValue) ?? 1,
            PageSize = Number(query, "page_size", 1, SignalQuery.MaxPageSize) ?? SignalQuery.MaxPageSize,
        }, cancellationToken);
        request.HttpContext.Response.Headers["X-Total-Count"] = page.Total.ToString(CultureInfo.InvariantCulture);
        return new(Open311Views.Requests(page.Items), format);
    }

    private static async Task<Open311Result> GetAsync(string id, string format, SignalService signals,
        CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var signalId) && await signals.FindPublicAsync(signalId, cancellationToken) is { } found
            ? new(Open311Views.Requests([found]), format)
            : throw NoSuchRequest(id);

    private static async Task<Open311Result> TokenAsync(string token, string format, SignalService signals,
        CancellationToken cancellationToken) =>
        Guid.TryParse(token, out var signalId) && await signals.FindPublicAsync(signalId, cancellationToken) is { }
            ? new(Open311Views.Token(signalId), format)
            : throw new Open311Exception(StatusCodes.Status404NotFound, $"No request has the token '{token}'.");

    private static async Task<Open311Result> SubmitAsync(string format, HttpRequest request, SignalService signals,
        IOptions<Open311Options> options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new Open311Exception("Send the request form-encoded (application/x-www-form-urlencoded).");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var client = Client(options.Value, form["api_key"].ToString())
            ?? throw new Open311Exception(StatusCodes.Status403Forbidden,
                "api_key is missing or not valid; ask the municipality's contact centre for one.");
        var name = string.Join(' ', new[] { form["first_name"].ToString(), form["last_name"].ToString() }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
        var email = Blank(form["email"]);
        var phone = Blank(form["phone"]);

        var submitted = await signals.SubmitAsync(new NewSignal
        {
            CategoryCode = form["service_code"].ToString(),
            Description = form["description"].ToString(),
            Latitude = Coordinate(form, "lat"),
            Longitude = Coordinate(form, "long"),
            Address = Blank(form["address_string"]),
            District = Blank(form[$"attribute[{Open311Views.Attributes.District}]"]),
            EventsOn = Day(form, $"attribute[{Open311Views.Attributes.EventsOn}]"),
            ShareDescription = form[$"attribute[{Open311Views.Attributes.ShareDescription}]"] == "true",

            // Nobody named and no way to answer: the law's anonymous signal, registered and closed with its reason.
            Anonymous = name.Length == 0 && email is null && phone is null,
            Name = name.Length == 0 ? null : name,
            Email = email,
            Phone = phone,
            Language = Languages.IsEnglish(CultureInfo.CurrentUICulture) ? "en" : "bg",
            Channel = SignalChannel.Open311,
            SubmittedBy = "open311:" + client.Name,
        }, cancellationToken);
        return new(Open311Views.Created(submitted), format, StatusCodes.Status201Created);
    }

    private static Open311Result Error(string format, int status, params string[] descriptions) =>
        new(Open311Views.Errors(status, descriptions), format, status);

    private static Open311Exception NoSuchRequest(string id) =>
        new(StatusCodes.Status404NotFound, $"No request has the id '{id}'.");

    private static Open311Client? Client(Open311Options options, string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        var given = Encoding.UTF8.GetBytes(key);
        return options.Clients.FirstOrDefault(c =>
            c.Key.Length > 0 && CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(c.Key)));
    }

    // Comma-separated, as GeoReport v2 lists several values in one parameter.
    private static IEnumerable<string> Values(StringValues values) => values
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Guid RequestId(string id) =>
        Guid.TryParse(id, out var parsed) ? parsed
            : throw new Open311Exception($"service_request_id '{id}' is not an id this server gives.");

    private static IReadOnlyList<CaseStatus>? ExtendedStatuses(IQueryCollection query)
    {
        var wanted = Values(query["extended_status"]).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var known = Enum.GetValues<CaseStatus>().ToDictionary(Open311Views.ExtendedStatus, s => s);
        return [.. wanted.Select(w => known.TryGetValue(w, out var status) ? status
            : throw new Open311Exception($"extended_status '{w}' is not one of {string.Join(", ", known.Keys)}."))];
    }

    private static DateTimeOffset? Moment(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
            out var moment)
            ? moment
            : throw new Open311Exception(
                $"{name} '{text}' is not an ISO 8601 time, such as 2026-12-01T00:00:00+02:00.");
    }

    private static int? Number(IQueryCollection query, string name, int min, int max)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new Open311Exception($"{name} '{text}' must be a whole number from {min} to {max}.");
    }

    private static double? Coordinate(IFormCollection form, string name)
    {
        var text = form[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new Open311Exception($"{name} '{text}' is not a number of degrees, such as 42.6977.");
    }

    private static DateOnly? Day(IFormCollection form, string name)
    {
        var text = form[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text[..Math.Min(10, text.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var day)
            ? day
            : throw new Open311Exception($"{name} '{text}' is not a date such as 2026-11-30.");
    }

    private static string? Blank(StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();

    // The signal's fields by their Open311 names, so that a client knows which parameter to change.
    private static string Parameter(string field) => field switch
    {
        "categoryCode" => "service_code",
        "latitude" => "lat/long",
        "address" => "address_string",
        "name" => "first_name/last_name",
        "district" => $"attribute[{Open311Views.Attributes.District}]",
        "eventsOn" => $"attribute[{Open311Views.Attributes.EventsOn}]",
        _ => field,
    };
}
