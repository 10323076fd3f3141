using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Host.Portal;

public static class PortalRegistration
{
    /// <summary>The rate limiter policy of the tracking form (<c>[EnableRateLimiting]</c> on its page).</summary>
    public const string TrackingPolicy = "tracking";

    /// <summary>
    /// The citizen portal: its catalogue and accessibility statement (<c>Portal</c>, checked at start), the request
    /// pages' views, and the rate limit of tracking by index and access code (<c>Portal:Tracking</c>).
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.SectionName))
            .Validate(o => o.Problems().Count == 0, "The Portal settings cannot be used; see PortalOptions.Problems.")
            .ValidateOnStart();
        services.AddScoped<RequestViews>();

        var tracking = configuration.GetSection("Portal:Tracking");
        var permits = tracking.GetValue<int?>("PermitLimit") ?? 10;
        var window = tracking.GetValue<TimeSpan?>("Window") ?? TimeSpan.FromMinutes(10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Each client's attempts are counted, not its visits to the empty form. The access code has about 40
            // bits; 10 tries in 10 minutes leave a guesser nothing.
            // TODO: behind a reverse proxy every citizen is one address: configure forwarded headers with the
            // proxies' addresses when the production proxy is known, and add a limit per index as well.
            o.AddPolicy(TrackingPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
            o.OnRejected = (context, cancellationToken) =>
                TrackingLimit.RefuseAsync(context.HttpContext, window, cancellationToken);
        });
        return services;
    }

    /// <summary>Adds what a service shows on the pages of its cases; see <see cref="IRequestDetails"/>.</summary>
    public static IServiceCollection AddRequestDetails<T>(this IServiceCollection services)
        where T : class, IRequestDetails
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRequestDetails, T>());
        return services;
    }
}
