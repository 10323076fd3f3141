using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace CaseSystem.Host.Mail;

/// <summary>Sends through the configured SMTP server, one connection per message.</summary>
/// <remarks>
/// A connection per message keeps no state between requests and survives the server restarting; mail here is
/// a handful of messages per case, not a bulk stream.
/// </remarks>
public sealed class SmtpMailSender(IOptions<MailOptions> options, TimeProvider time, ILogger<SmtpMailSender> logger)
    : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var host = settings.SmtpHost ?? throw new InvalidOperationException("Mail:SmtpHost is not set.");
        var message = MimeMessages.From(settings, mail, time);

        using var client = new SmtpClient();
        var security = settings.Security switch
        {
            "Tls" => SecureSocketOptions.SslOnConnect,
            "StartTls" => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(host, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        Log.MailSent(logger, message.MessageId ?? "");
    }
}
