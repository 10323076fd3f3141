using CaseSystem.Host.Localization;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CaseSystem.Host.Pages.Track;

/// <summary>
/// Following a request without an account, by its registration index and access code. The answer is this page
/// (a POST, so the code never lands in an address or a history); a wrong pair gets one message that does not say
/// which half was wrong. Attempts are rate-limited per client (<see cref="PortalRegistration.TrackingPolicy"/>).
/// </summary>
[EnableRateLimiting(PortalRegistration.TrackingPolicy)]
public sealed class IndexModel(CaseService cases, RequestViews views, Ui ui) : PageModel
{
    [BindProperty]
    public string? Index { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The request found; null until the right pair is given.</summary>
    public RequestView? Shown { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Index))
        {
            Errors["index"] = ui["track.index-missing"];
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            Errors["code"] = ui["track.code-missing"];
        }

        var matter = Errors.Count == 0 ? await cases.FindByIndexAsync(Index!, Code!, cancellationToken) : null;
        if (matter is null)
        {
            if (Errors.Count == 0)
            {
                // Not tied to either field: saying which was wrong would help a guesser.
                Errors["index"] = ui["track.not-found"];
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Shown = await views.BuildAsync(matter, RequestViewer.CodeHolder, cancellationToken);
        return Page();
    }

    /// <summary>A field's own error; the not-found message belongs to the summary only.</summary>
    public string? FieldError(string field) =>
        Errors.TryGetValue(field, out var error) && error != ui["track.not-found"] ? error : null;
}
