using CaseSystem.Host.Workflows;

namespace CaseSystem.Host.Security;

public static class ApiSecurityRegistration
{
    public const string AdministratorPolicy = "administrator";

    /// <summary>The key the embedded default accepts when none is configured; listed in README.md.</summary>
    public const string DemoKey = "casesystem-demo-key";

    /// <summary>
    /// API-key authentication for the management API. Production must configure <c>Api:Key</c>; the embedded
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

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, o => o.Key = key);
        services.AddAuthorizationBuilder()
            .AddPolicy(AdministratorPolicy, policy => policy.RequireRole(Roles.Administrator));
        return services;
    }
}
