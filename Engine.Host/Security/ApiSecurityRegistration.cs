using CaseSystem.Host.Accounts;
using CaseSystem.Host.Workflows;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CaseSystem.Host.Security;

public static class ApiSecurityRegistration
{
    public const string AdministratorPolicy = "administrator";
    public const string StaffPolicy = "staff";
    public const string CitizenPolicy = "citizen";

    /// <summary>Picks the API key when the request carries one, and the sign-in cookie otherwise.</summary>
    public const string SmartScheme = "cookie-or-api-key";

    /// <summary>The key the embedded default accepts when none is configured; listed in README.md.</summary>
    public const string DemoKey = "casesystem-demo-key";

    /// <summary>
    /// Authentication for people (the sign-in cookie of ASP.NET Core Identity, for pages) and for machines (an API
    /// key, <c>Authorization: ApiKey &lt;key&gt;</c>). Production must configure <c>Api:Key</c>; the embedded
    /// default falls back to the demo key so it runs with no configuration.
    /// </summary>
    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var key = configuration["Api:Key"];
        if (string.IsNullOrWhiteSpace(key))
        {
            key = DatabaseSettings.From(configuration).IsEmbedded
                ? DemoKey
                : throw new InvalidOperationException(
                    "Api:Key is not set; set the administrators' API key (Api__Key in the environment).");
        }

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString()
                    .StartsWith(ApiKeyAuthenticationHandler.SchemeName + " ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, o => o.Key = key)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "casesystem.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);

                // The API answers 401 and 403 with ProblemDetails; pages are sent to the sign-in page.
                o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(StaffPolicy, policy => policy.RequireRole([.. Roles.Staff]))
            .AddPolicy(CitizenPolicy, policy => policy.RequireRole(Roles.Citizen));
        return services;
    }

    private static Task Answer(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>
        context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Results.Problem(
                title: status == 401 ? "Sign-in is required" : "This needs another role",
                detail: status == 401
                    ? "Sign in, or send the administrators' key as 'Authorization: ApiKey <key>'."
                    : "Your account's role does not allow this; ask an administrator if it should.",
                statusCode: status).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/elsa/api");
}
