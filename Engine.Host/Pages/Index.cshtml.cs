using CaseSystem.Host.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Pages;

/// <summary>The portal's home: the catalogue of services, where each is applied for, and the ways in.</summary>
public sealed class IndexModel(IOptions<PortalOptions> options) : PageModel
{
    public IReadOnlyList<PortalService> Online { get; } = [.. options.Value.Services.Where(s => s.IsOnline)];

    public IReadOnlyList<PortalService> AtTheCounter { get; } = [.. options.Value.Services.Where(s => !s.IsOnline)];

    public void OnGet()
    {
    }
}
