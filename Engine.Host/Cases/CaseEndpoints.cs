using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CaseSystem.Host.Api;
using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Host.Cases;

/// <summary>
/// Cases under <c>/api/cases</c>: a citizen opens and reads their own; the staff of a department list, read and
/// move theirs (and open cases on a citizen's behalf); an administrator sees all. See <see cref="CaseAccess"/>.
/// </summary>
internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases");
        group.MapGet("/", ListAsync).WithSummary("Your cases (a citizen), your departments' (staff), or all");
        group.MapPost("/", OpenAsync).WithSummary("Open a case: it gets its incoming registration index at once");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A case with its status timeline");
        group.MapPost("/{id:guid}/status", StatusAsync).WithSummary("Move a case to a citizen-visible status");
        return api;
    }

    private static async Task<IResult> ListAsync(CaseService cases, ClaimsPrincipal user, int? page, int? pageSize,
        CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 25);
        if (number < 1 || size is < 1 or > 200)
        {
            throw new BadRequestException("The page is out of range", "page starts at 1; pageSize is 1 to 200.");
        }

        if (!CaseAccess.IsStaff(user))
        {
            var own = CaseAccess.AccountId(user) is { } account
                ? await cases.ListByOwnerAsync(account, cancellationToken)
                : [];
            return Results.Ok(new { items = own.Select(CaseView.From), total = own.Count, page = 1, pageSize = size });
        }

        var departments = CaseAccess.IsAdministrator(user) ? null : CaseAccess.Departments(user);
        var (items, total) = await cases.ListByDepartmentsAsync(departments, number, size, cancellationToken);
        return Results.Ok(new { items = items.Select(CaseView.From), total, page = number, pageSize = size });
    }

    private static async Task<IResult> OpenAsync(HttpRequest request, CaseService cases, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        var citizen = !CaseAccess.IsStaff(user);
        var department = Text(body, "departmentCode");
        if (!citizen && !CaseAccess.IsAdministrator(user) && !CaseAccess.Departments(user).Contains(department))
        {
            throw new CaseForbiddenException("Staff open cases for their own department; give its code.");
        }

        var kind = Text(body, "applicantKind") ?? "Person";
        var opened = await cases.OpenAsync(new NewCase
        {
            ServiceCode = Required(body, "serviceCode", "the service's code, for example 'signal'"),
            Title = Required(body, "title", "a short title of the matter"),
            ApplicantKind = Enum.TryParse<ApplicantKind>(kind, ignoreCase: true, out var k)
                ? k
                : throw new BadRequestException("'applicantKind' is not known", "Give Person or Company."),
            ApplicantIdentifier = Required(body, "applicantIdentifier", "the applicant's ЕГН, ЛНЧ or ЕИК"),
            ApplicantName = Required(body, "applicantName", "the applicant's name"),
            ContactEmail = Text(body, "contactEmail"),
            ContactPhone = Text(body, "contactPhone"),
            OwnerAccountId = citizen ? CaseAccess.AccountId(user) : null,
            DepartmentCode = department ?? (citizen
                ? "reception"
                : throw new BadRequestException("'departmentCode' is missing", "Give the department's code.")),
            OpenedBy = user.Identity?.Name ?? "unknown",
        }, cancellationToken);
        return Results.Created($"/api/cases/{opened.Case.Id}",
            new { @case = CaseView.From(opened.Case), accessCode = opened.AccessCode });
    }

    private static async Task<IResult> GetAsync(CaseAccess access, CaseService cases, ClaimsPrincipal user, Guid id,
        CancellationToken cancellationToken)
    {
        var matter = await access.SeeAsync(user, id, cancellationToken);
        var timeline = await cases.TimelineAsync(id, cancellationToken);
        var culture = CultureInfo.CurrentUICulture;
        return Results.Ok(new
        {
            @case = CaseView.From(matter),
            timeline = timeline.Select(s => new
            {
                status = s.Status.ToString(),
                label = CaseStatusLabels.For(s.Status, culture),
                s.Note,
                s.At,
            }),
        });
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, CaseAccess access, CaseService cases,
        ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadObjectAsync(request, cancellationToken);
        await access.WorkAsync(user, id, cancellationToken);
        var status = Enum.TryParse<CaseStatus>(Required(body, "status", "the new status"), true, out var s)
            ? s
            : throw new BadRequestException("'status' is not known",
                "Give one of: " + string.Join(", ", Enum.GetNames<CaseStatus>()) + ".");
        await cases.ChangeStatusAsync(id, status, Text(body, "note"), user.Identity?.Name ?? "unknown",
            cancellationToken);
        return Results.NoContent();
    }

    private static string Required(JsonObject body, string name, string what) =>
        Text(body, name) ?? throw new BadRequestException($"'{name}' is missing", $"Give '{name}': {what}.");

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}

/// <summary>A case as the API shows it; the access code's hash never leaves the server.</summary>
internal sealed record CaseView(Guid Id, string RegistrationIndex, string ServiceCode, string Title,
    string ApplicantKind, string ApplicantName, string DepartmentCode, string Status, string StatusLabel,
    DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt)
{
    public static CaseView From(CaseRecord c) => new(c.Id, c.RegistrationIndex, c.ServiceCode, c.Title,
        c.ApplicantKind.ToString(), c.ApplicantName, c.DepartmentCode, c.Status.ToString(),
        CaseStatusLabels.For(c.Status, CultureInfo.CurrentUICulture), c.CreatedAt, c.ClosedAt);
}
