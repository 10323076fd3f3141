using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseSystem.Host.Pages.Signals;

/// <summary>
/// The public register of signals, open to all: category, status, approximate place, date, and the description
/// only where its sender shared it and it names nobody (<see cref="PublicSignal"/>). Filters and pages are in the
/// address (a GET form), so a search can be bookmarked; the map is drawn from the list, which stays the accessible
/// alternative.
/// </summary>
public sealed class IndexModel(SignalService signals) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SignalPage<PublicSignal> Shown { get; private set; } = new([], 0, 1, PageSize);

    public int Pages => Math.Max(1, (Shown.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Shown = await signals.ListPublicAsync(new SignalQuery
        {
            CategoryCodes = string.IsNullOrWhiteSpace(Category) ? null : [Category],
            Statuses = Status is { } status ? [status] : null,
            District = string.IsNullOrWhiteSpace(District) ? null : District,
            Page = PageNumber,
            PageSize = PageSize,
        }, cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["category"] = Category,
            ["status"] = Status?.ToString(),
            ["district"] = District,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
        return "/signals" + query.ToUriComponent();
    }
}
