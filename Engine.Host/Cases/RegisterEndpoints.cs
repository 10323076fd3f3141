using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseSystem.Host.Api;
using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.AspNetCore.Mvc;

namespace CaseSystem.Host.Cases;

/// <summary>
/// The register of incoming and outgoing documents under <c>/api/register</c>, for staff: clerks and supervisors
/// read the entries of their departments' cases, administrators (and the API key) every entry; anyone of them
/// registers a document received or sent by hand, on a case they may see or on none.
/// </summary>
internal static class RegisterEndpoints
{
    public static RouteGroupBuilder MapRegisterEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/register").WithTags("Register");
        group.MapGet("/", ListAsync)
            .WithSummary("The register's entries, newest first: by register, direction, year, dates, case, text");
        group.MapPost("/", RegisterAsync)
            .WithSummary("Register a document received or sent by hand: it gets its registration index at once");
        return api;
    }

    private static async Task<IResult> ListAsync(DocumentRegister register, ClaimsPrincipal user,
        [FromQuery(Name = "register")] string? code, string? direction, int? year, string? from, string? to,
        Guid? caseId, string? q, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 25);
        if (number < 1 || size is < 1 or > 200)
        {
            throw new BadRequestException("The page is out of range", "page starts at 1; pageSize is 1 to 200.");
        }

        var result = await register.ListAsync(new RegisterQuery
        {
            RegisterCode = code,
            Direction = Direction(direction),
            Year = year,
            From = Day(from, "from"),
            To = Day(to, "to"),
            CaseId = caseId,
            Text = q,
            Departments = CaseAccess.IsAdministrator(user) ? null : CaseAccess.Departments(user),
            Page = number,
            PageSize = size,
        }, cancellationToken);
        return Results.Ok(new
        {
            items = result.Items.Select(RegisterEntryView.From),
            total = result.Total,
            page = result.Page,
            pageSize = result.PageSize,
        });
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, RegisterDesk desk, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var line = await desk.RegisterAsync(user, new ManualEntry(
            Text(body, "direction"), Text(body, "register"), Text(body, "correspondent"), Text(body, "subject"),
            Text(body, "date"), Text(body, "caseId"), Text(body, "documentId")), cancellationToken);
        return Results.Created($"/api/register?q={Uri.EscapeDataString(line.Entry.RegistrationIndex)}",
            RegisterEntryView.From(line));
    }

    private static RegisterDirection? Direction(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : Enum.TryParse<RegisterDirection>(text, ignoreCase: true, out var d) && !int.TryParse(text, out _)
                ? d
                : throw new BadRequestException("'direction' is not known", "Give Incoming or Outgoing.");

    private static DateOnly? Day(string? text, string name) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var day)
                ? day
                : throw new BadRequestException($"'{name}' is not a date",
                    $"Give '{name}' as a date in Sofia such as 2026-12-03.");

    /// <summary>A string, or a number or other value as its JSON text; null when missing or blank.</summary>
    private static string? Text(JsonObject body, string name) => body[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s) ? null : s,
        JsonNode other => other.ToJsonString(),
        null => null,
    };
}

/// <summary>A register entry as the API shows it.</summary>
internal sealed record RegisterEntryView(Guid Id, string RegistrationIndex, string Register, string Direction,
    DateOnly Date, string Correspondent, string Subject, Guid? CaseId, string? CaseIndex, Guid? DocumentId,
    string CreatedBy, DateTimeOffset CreatedAt)
{
    public static RegisterEntryView From(RegisterLine line) => new(line.Entry.Id, line.Entry.RegistrationIndex,
        line.Entry.RegisterCode, line.Entry.Direction.ToString(), line.Entry.Date, line.Entry.Correspondent,
        line.Entry.Subject, line.Entry.CaseId, line.CaseIndex, line.Entry.DocumentId, line.Entry.CreatedBy,
        line.Entry.CreatedAt);
}
