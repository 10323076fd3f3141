using CaseSystem.Host.Localization;
using CaseSystem.Host.Signals;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Inbox.Signals;

/// <summary>
/// Contact-centre staff register a signal taken by phone, at the counter or from an e-mail, typing in the citizen's
/// details: the same fields and checks as the portal's form, in one step (the clerk reads the answers back on the
/// phone), ending on the index and access code to read to the citizen. Staff only (the inbox folder's policy).
/// </summary>
[RequestSizeLimit(SignalFiling.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = SignalFiling.MaxRequestBytes)]
public sealed class NewModel(SignalFiling filing, Ui ui) : PageModel
{
    [BindProperty]
    public SignalForm Form { get; set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = [];

    public SignalConfirmation? Confirmation { get; private set; }

    public string? FiledIndex { get; private set; }

    public SignalFieldsView Fields { get; private set; } = new(new SignalForm(), new Dictionary<string, string>(),
        [], "", Staff: true);

    public void OnGet()
    {
        var draft = new SignalDraft { AccountId = Cases.CaseAccess.AccountId(User) };
        Fields = new SignalFieldsView(SignalForm.From(draft), Errors, [], filing.Protect(draft), Staff: true);
    }

    public async Task<IActionResult> OnPostSubmitAsync(List<IFormFile> photos, CancellationToken cancellationToken)
    {
        var (draft, errors) = await filing.ReadAsync(Form, photos ?? [], User,
            HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
        Errors = errors;
        if (!Enum.TryParse<SignalChannel>(draft.Channel, out var channel)
            || channel is not (SignalChannel.Phone or SignalChannel.WalkIn or SignalChannel.Email))
        {
            Errors["channel"] = ui["signal.channel-missing"];
        }

        if (Errors.Count == 0)
        {
            try
            {
                Confirmation = await filing.FileAsync(draft, User, channel, index => FiledIndex = index,
                    cancellationToken);
                if (Confirmation is not null || FiledIndex is not null)
                {
                    return Page();
                }
            }
            catch (SignalValidationException invalid)
            {
                foreach (var (field, error) in invalid.Errors)
                {
                    Errors[field == "photoIds" ? "photos" : field] =
                        error.MessageFor(System.Globalization.CultureInfo.CurrentUICulture);
                }
            }
        }

        Fields = new SignalFieldsView(Form, Errors, draft.Photos, filing.Protect(draft), Staff: true);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
