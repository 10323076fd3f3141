using System.Globalization;
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
/// which half was wrong. Attempts are rate-limited per client (<see cref="PortalRegistration.TrackingPolicy"/>), and
/// wrong codes per index across clients (<see cref="IndexGuessing"/>).
/// </summary>
[EnableRateLimiting(PortalRegistration.TrackingPolicy)]
public sealed class IndexModel(CaseService cases, RequestViews views, Ui ui, IndexGuessing guessing) : PageModel
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

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Every spelling of one index counts as that index; text that is no index names no case, so it is answered
        // without being counted.
        var index = cases.Format.TryParse(Index!, out var parsed) ? parsed.ToString() : null;
        if (index is not null && guessing.Exhausted(index))
        {
            Errors["index"] = string.Format(
                CultureInfo.CurrentCulture, ui["track.index-limited"], guessing.WindowMinutes);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)guessing.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Page();
        }

        var matter = index is null ? null : await cases.FindByIndexAsync(index, Code!, cancellationToken);
        if (matter is null)
        {
            if (index is not null)
            {
                guessing.Count(index);
            }

            // Not tied to either field: saying which was wrong would help a guesser.
            Errors["index"] = ui["track.not-found"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Shown = await views.BuildAsync(matter, RequestViewer.CodeHolder, cancellationToken);
        return Page();
    }

    /// <summary>A field's own error: an empty field's. The not-found and too-many messages belong to the summary
    /// only, tied to neither field.</summary>
    public string? FieldError(string field) =>
        Errors.TryGetValue(field, out var error) && error == ui[$"track.{field}-missing"] ? error : null;
}
