using System.Globalization;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Portal;
using CaseSystem.Host.Signals;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseSystem.Host.Pages.Signals;

/// <summary>
/// A signal filed by a citizen, with an account or without: the form (its photos kept on the draft while it is
/// corrected), a check-your-answers page offering likely duplicates to follow instead, and the confirmation with
/// the index and the access code, shown once. Each step is a POST carrying the protected draft, so the page works
/// without JavaScript and the code never appears in an address. Filing and following without an account are
/// rate-limited (<see cref="PortalRegistration.SignalPolicy"/>).
/// </summary>
[EnableRateLimiting(PortalRegistration.SignalPolicy)]
[RequestSizeLimit(SignalFiling.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = SignalFiling.MaxRequestBytes)]
public sealed class NewModel(SignalFiling filing, SignalService signals, Ui ui) : PageModel
{
    [BindProperty]
    public SignalForm Form { get; set; } = new();

    public SignalStep Step { get; private set; } = SignalStep.Form;

    public SignalDraft Draft { get; private set; } = new();

    public string ProtectedDraft { get; private set; } = "";

    public Dictionary<string, string> Errors { get; private set; } = [];

    public IReadOnlyList<LikelyDuplicate> Duplicates { get; private set; } = [];

    public SignalConfirmation? Confirmation { get; private set; }

    /// <summary>The index of the signal this draft was filed as already, or the one now followed.</summary>
    public string? OtherIndex { get; private set; }

    /// <summary>Why following did not work, in the page's language.</summary>
    public string? Problem { get; private set; }

    public SignalFieldsView Fields => new(Form, Errors, Draft.Photos, ProtectedDraft, Staff: false);

    public void OnGet()
    {
        Show(SignalFiling.NewDraft(User), SignalStep.Form);
        Form = SignalForm.From(Draft);
    }

    /// <summary>The form sent: back to it with every problem, or on to the check page.</summary>
    public async Task<IActionResult> OnPostCheckAsync(List<IFormFile> photos, CancellationToken cancellationToken)
    {
        var (draft, errors) = await filing.ReadAsync(Form, photos ?? [], User,
            HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", cancellationToken);
        Errors = errors;
        return await CheckOrFormAsync(draft, cancellationToken);
    }

    /// <summary>A "change" button of the check page: the form again, filled in.</summary>
    public IActionResult OnPostChange()
    {
        Show(filing.Read(Form.Draft, User) ?? SignalFiling.NewDraft(User), SignalStep.Form);
        Form = SignalForm.From(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (filing.Read(Form.Draft, User) is not { } draft)
        {
            return Expired();
        }

        Errors = filing.Check(draft, User);
        if (Errors.Count > 0)
        {
            Form = SignalForm.From(draft);
            Show(draft, SignalStep.Form);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            Confirmation = await filing.FileAsync(draft, User, SignalChannel.Portal, index => OtherIndex = index,
                cancellationToken);
        }
        catch (SignalValidationException invalid)
        {
            // Something changed between the check page and now (a category withdrawn, say).
            Errors = invalid.Errors.ToDictionary(e => e.Key == "photoIds" ? "photos" : e.Key,
                e => e.Value.MessageFor(CultureInfo.CurrentUICulture));
            Form = SignalForm.From(draft);
            Show(draft, SignalStep.Form);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Step = Confirmation is null ? SignalStep.FiledAlready : SignalStep.Done;
        return Page();
    }

    /// <summary>"Follow this signal instead": the draft is dropped, its photos deleted, the signal followed.
    /// </summary>
    public async Task<IActionResult> OnPostFollowAsync(Guid signal, CancellationToken cancellationToken)
    {
        if (filing.Read(Form.Draft, User) is not { } draft)
        {
            return Expired();
        }

        var account = User.IsInRole(Roles.Citizen) ? CaseAccess.AccountId(User) : null;
        var email = draft.Anonymous ? null : draft.Email;
        try
        {
            await signals.FollowAsync(signal, new SignalFollower(account, email, Ui.Language), cancellationToken);
        }
        catch (SignalException refused)
        {
            Problem = refused.MessageFor(CultureInfo.CurrentUICulture);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await CheckOrFormAsync(draft, cancellationToken);
        }

        await filing.DropAsync(draft, User, cancellationToken);
        OtherIndex = (await signals.FindPublicAsync(signal, cancellationToken))?.RegistrationIndex;
        Step = SignalStep.Followed;
        return Page();
    }

    private async Task<IActionResult> CheckOrFormAsync(SignalDraft draft, CancellationToken cancellationToken)
    {
        if (Errors.Count > 0)
        {
            Show(draft, SignalStep.Form);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Show(draft, SignalStep.Check);
        var (request, _) = filing.ToNewSignal(draft, User);
        Duplicates = await signals.FindLikelyDuplicatesAsync(request.CategoryCode,
            GeoPoint.Of(request.Latitude, request.Longitude), request.Address, cancellationToken);
        return Page();
    }

    private PageResult Expired()
    {
        Errors = new Dictionary<string, string> { ["categoryCode"] = ui["signal.draft-expired"] };
        Show(SignalFiling.NewDraft(User), SignalStep.Form);
        Form = SignalForm.From(Draft);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void Show(SignalDraft draft, SignalStep step)
    {
        Draft = draft;
        ProtectedDraft = filing.Protect(draft);
        Step = step;
    }
}

/// <summary>Which part of the journey the page shows.</summary>
public enum SignalStep
{
    Form,
    Check,
    Done,
    FiledAlready,
    Followed,
}
