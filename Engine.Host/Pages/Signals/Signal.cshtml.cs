using System.Globalization;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseSystem.Host.Pages.Signals;

/// <summary>
/// One signal of the public register, with no personal data, and the way to follow it: by account when signed in,
/// else by e-mail. Following without an account is rate-limited like filing.
/// </summary>
[EnableRateLimiting(PortalRegistration.SignalPolicy)]
public sealed class SignalModel(SignalService signals, Ui ui) : PageModel
{
    public PublicSignal? Shown { get; private set; }

    [BindProperty]
    public string? Email { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public bool Followed { get; private set; }

    public bool SignedIn => User.IsInRole(Roles.Citizen);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostFollowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return Page();
        }

        var account = SignedIn ? CaseAccess.AccountId(User) : null;
        if (account is null && string.IsNullOrWhiteSpace(Email))
        {
            Errors["email"] = ui["follow.email-missing"];
        }
        else
        {
            try
            {
                await signals.FollowAsync(id, new SignalFollower(account, account is null ? Email : null,
                    Ui.Language), cancellationToken);
                Followed = true;
                return Page();
            }
            catch (SignalException refused)
            {
                Errors["email"] = refused.MessageFor(CultureInfo.CurrentUICulture);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Shown = await signals.FindPublicAsync(id, cancellationToken);
        if (Shown is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Shown is not null;
    }
}
