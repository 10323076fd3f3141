using Microsoft.AspNetCore.Localization;

namespace CaseSystem.Host.Localization;

public static class LanguageSwitch
{
    /// <summary>
    /// <c>/language?culture=en&amp;returnUrl=/x</c>: keeps the choice in a cookie for a year and goes back, so the
    /// language link works without JavaScript.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language", (HttpContext context, string? culture, string? returnUrl) =>
        {
            var chosen = culture is "en" ? "en" : "bg";
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax });
            var back = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                ? returnUrl
                : "/";
            return Results.LocalRedirect(back);
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
