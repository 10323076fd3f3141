using CaseSystem.Host.Workflows;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Mail;

public static class MailRegistration
{
    /// <summary>
    /// Mail through SMTP when <c>Mail:SmtpHost</c> is set; otherwise into <c>Mail:PickupFolder</c>
    /// (<c>&lt;data&gt;/mail</c> by default), where an administrator reads it; and the dispatcher of the citizens'
    /// notifications.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        var options = configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (!string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            services.TryAddSingleton<IMailSender, SmtpMailSender>();
            return services;
        }

        var folder = options.PickupFolder ?? Path.Combine(DatabaseSettings.From(configuration).DataFolder, "mail");
        services.TryAddSingleton<IMailSender>(sp => new PickupFolderMailSender(folder,
            sp.GetRequiredService<IOptions<MailOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PickupFolderMailSender>>()));
        return services;
    }
}
