namespace CaseSystem.Host.Mail;

/// <summary>Sends mail to citizens and staff: through SMTP in production, into a folder in the embedded default.
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
