using System.Threading.RateLimiting;
using CaseSystem.Host.Signals;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseSystem.Host.Portal;

public static class PortalRegistration
{
    /// <summary>The rate limiter policy of the tracking form (<c>[EnableRateLimiting]</c> on its page).</summary>
    public const string TrackingPolicy = "tracking";

    /// <summary>
    /// The rate limiter policy of filing and following signals on the portal: counted per client for people who are
    /// not signed in, unlimited for signed-in citizens and staff (their accounts are known and can be stopped).
    /// </summary>
    public const string SignalPolicy = "signals";

    /// <summary>
    /// The citizen portal: its catalogue, maps and accessibility statement (<c>Portal</c>, checked at start), the
    /// request pages' views, the signal pages' services, and the rate limits of tracking by index and access code
    /// (<c>Portal:Tracking</c>: per client, and wrong codes per index) and of signals filed without an account
    /// (<c>Portal:Signals</c>).
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.SectionName))
            .Validate(o => o.Problems().Count == 0, "The Portal settings cannot be used; see PortalOptions.Problems.")
            .ValidateOnStart();
        services.AddScoped<RequestViews>();
        services.AddSignalPages();

        var tracking = configuration.GetSection("Portal:Tracking");
        var permits = tracking.GetValue<int?>("PermitLimit") ?? 10;
        var window = tracking.GetValue<TimeSpan?>("Window") ?? TimeSpan.FromMinutes(10);
        var perIndex = tracking.GetValue<int?>("PerIndexLimit") ?? 20;
        var perIndexWindow = tracking.GetValue<TimeSpan?>("PerIndexWindow") ?? TimeSpan.FromHours(1);
        services.AddSingleton(new IndexGuessing(perIndex, perIndexWindow));
        var signals = configuration.GetSection("Portal:Signals");
        var signalPermits = signals.GetValue<int?>("PermitLimit") ?? 5;
        var signalWindow = signals.GetValue<TimeSpan?>("Window") ?? TimeSpan.FromHours(1);
        services.AddSingleton(new PhotoUploads(signals.GetValue<int?>("PhotoLimit") ?? 30, signalWindow));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Each client's attempts are counted, not its visits to the empty form. The access code has about 40
            // bits; 10 tries in 10 minutes leave a guesser nothing.
            // Behind a reverse proxy the address is the client's only when ForwardedHeaders names the proxy. Wrong
            // codes are also counted per index across clients (IndexGuessing, Portal:Tracking:PerIndexLimit).
            o.AddPolicy(TrackingPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));

            // Only what files or follows a signal counts; correcting the form and reading the check page do not. Any
            // other handler counts, so a handler name written another way cannot slip past.
            // Photos uploaded while the form is corrected are counted apart (PhotoUploads, Portal:Signals:PhotoLimit).
            o.AddPolicy(SignalPolicy, context => HttpMethods.IsPost(context.Request.Method)
                && context.User.Identity?.IsAuthenticated != true
                && context.Request.Query["handler"].ToString().ToUpperInvariant() is not ("CHECK" or "CHANGE")
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = signalPermits, Window = signalWindow, QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("signed-in or not filing"));
            o.OnRejected = (context, cancellationToken) =>
            {
                var policy = context.HttpContext.GetEndpoint()?.Metadata
                    .GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName;
                return policy == SignalPolicy
                    ? RateLimitPage.RefuseAsync(context.HttpContext, signalWindow, RateLimitPage.Signals,
                        cancellationToken)
                    : RateLimitPage.RefuseAsync(context.HttpContext, window, RateLimitPage.Tracking,
                        cancellationToken);
            };
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
