using System.Globalization;
using CaseSystem.Host.Cases;
using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox;

/// <summary>
/// The register of incoming and outgoing documents for staff: the entries they may see (their departments' cases;
/// an administrator's, all) with filters in the query, and a form to register a document received or sent by hand.
/// </summary>
public sealed class RegisterModel(DocumentRegister register, RegisterDesk desk, RegistrationIndexFormat format)
    : PageModel
{
    public IReadOnlyCollection<RegisterDefinition> Registers => format.Registers;

    public string? FilterRegister { get; private set; }

    public RegisterDirection? FilterDirection { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Q { get; private set; }

    /// <summary>A filter could not be read and was left out.</summary>
    public bool FilterProblem { get; private set; }

    public RegisterPage? Results { get; private set; }

    /// <summary>What the form holds: as typed, after a refusal.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();

    /// <summary>The index just given, after a registration.</summary>
    public string? Registered { get; private set; }

    public async Task OnGetAsync(string? register, string? direction, string? from, string? to, string? q,
        string? done, int page = 1, CancellationToken cancellationToken = default)
    {
        Registered = done;
        FilterRegister = Registers.Any(r => r.Code == register) ? register : null;
        FilterDirection = Enum.TryParse<RegisterDirection>(direction, out var d) && Enum.IsDefined(d) ? d : null;
        (From, To, Q) = (from, to, q);
        await ListAsync(Day(from), Day(to), page, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? direction, string? register, string? correspondent,
        string? subject, string? date, string? caseId, string? documentId, CancellationToken cancellationToken)
    {
        try
        {
            var line = await desk.RegisterAsync(User, new ManualEntry(direction, register, correspondent, subject,
                date, caseId, documentId), cancellationToken);

            // Post, then redirect: a reload does not register the document twice.
            return Redirect("/inbox/register?done=" + Uri.EscapeDataString(line.Entry.RegistrationIndex));
        }
        catch (RegisterEntryException e)
        {
            FieldErrors = e.Errors;
            Values["direction"] = direction;
            Values["register"] = register;
            Values["correspondent"] = correspondent;
            Values["subject"] = subject;
            Values["date"] = date;
            Values["caseId"] = caseId;
            Values["documentId"] = documentId;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ListAsync(null, null, 1, cancellationToken);
            return Page();
        }
    }

    public string Value(string field) => Values.GetValueOrDefault(field) ?? "";

    public string? Error(string field) => FieldErrors.GetValueOrDefault(field);

    public string PageLink(int page) =>
        "/inbox/register?" + string.Join('&', new (string Name, string? Value)[]
            {
                ("register", FilterRegister), ("direction", FilterDirection?.ToString()), ("from", From),
                ("to", To), ("q", Q), ("page", page.ToString(CultureInfo.InvariantCulture)),
            }
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!)));

    private async Task ListAsync(DateOnly? from, DateOnly? to, int page, CancellationToken cancellationToken)
    {
        Results = await register.ListAsync(new RegisterQuery
        {
            RegisterCode = FilterRegister,
            Direction = FilterDirection,
            From = from,
            To = to,
            Text = Q,
            Departments = CaseAccess.IsAdministrator(User) ? null : CaseAccess.Departments(User),
            Page = Math.Max(1, page),
        }, cancellationToken);
    }

    private DateOnly? Day(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out var day))
        {
            return day;
        }

        FilterProblem = true;
        return null;
    }
}
