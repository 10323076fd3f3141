using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using CaseSystem.Host.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Security;

/// <summary>
/// Machine clients and the Designer authenticate with <c>Authorization: ApiKey &lt;key&gt;</c>, as Elsa's clients
/// do. The key comes from configuration (<c>Api:Key</c>); a caller holding it acts as an administrator.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<ApiKeyOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var given = Encoding.UTF8.GetBytes(header[(SchemeName.Length + 1)..].Trim());
        var expected = Encoding.UTF8.GetBytes(Options.Key ?? "");
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, expected))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "api-key"), new Claim(ClaimTypes.Role, Roles.Administrator)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(
            new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        await Results.Problem(
            title: "An API key is required",
            detail: "Send the administrator's key as 'Authorization: ApiKey <key>' (configured as Api:Key).",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }
}

public sealed class ApiKeyOptions : AuthenticationSchemeOptions
{
    public string? Key { get; set; }
}
