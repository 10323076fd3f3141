using CaseSystem.Host.Documents;
using CaseSystem.Host.Workflows;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Host.Municipal;

public static class MunicipalRegistration
{
    /// <summary>
    /// The municipal layer: its tables in the runtime's database (own migrations history), the registration
    /// index (<c>Registration</c>), the Bulgarian working-day calendar (<c>Calendar</c>) that human tasks'
    /// deadlines count with, cases, and signals (<c>Signals</c>: categories, districts, deadlines).
    /// </summary>
    public static IServiceCollection AddMunicipal(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddScoped<MunicipalDbContext>(_ =>
                new PostgresMunicipalDbContext(PostgresMunicipalDbContext.Options(database.ConnectionString)));
        }
        else
        {
            services.AddScoped<MunicipalDbContext>(_ =>
                new SqliteMunicipalDbContext(SqliteMunicipalDbContext.Options(database.ConnectionString)));
        }

        services.AddOptions<RegistrationOptions>().Bind(configuration.GetSection(RegistrationOptions.SectionName));
        var calendar = new CalendarOptions();
        configuration.GetSection(CalendarOptions.SectionName).Bind(calendar);
        services.AddSingleton(new BulgarianCalendar(calendar));
        services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<BulgarianCalendar>());
        services.AddCases();
        services.AddOptions<SignalOptions>()
            .Bind(configuration.GetSection(SignalOptions.SectionName))
            .PostConfigure(o =>
            {
                // Letters are signed with the municipality's certificate unless a section names one of its own.
                if (string.IsNullOrWhiteSpace(o.Letter.CertificatePath))
                {
                    o.Letter.CertificatePath = configuration[MunicipalSigning.PathKey];
                    o.Letter.CertificatePassword = configuration[MunicipalSigning.PasswordKey];
                }
            });
        services.AddSignals();
        services.AddHostedService<MunicipalStartup>();
        return services;
    }
}

/// <summary>
/// At start: the municipal tables brought up to date, the shipped signal workflow published when it is newer than
/// the published one, and the workflows of signals filed while none could start, started.
/// </summary>
internal sealed class MunicipalStartup(IServiceScopeFactory scopes, SignalWorkflow signals) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MunicipalDbContext>().Database.MigrateAsync(cancellationToken);
        await signals.LoadAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SignalService>().StartPendingWorkflowsAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
