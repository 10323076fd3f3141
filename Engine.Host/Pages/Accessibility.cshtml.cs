using CaseSystem.Host.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Pages;

/// <summary>The accessibility statement (EN 301 549, WCAG 2.1 AA), with its contact and date from the settings.
/// </summary>
public sealed class AccessibilityModel(IOptions<PortalOptions> options) : PageModel
{
    public AccessibilitySettings Settings { get; } = options.Value.Accessibility;

    public void OnGet()
    {
    }
}
