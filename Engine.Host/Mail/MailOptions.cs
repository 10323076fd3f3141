namespace CaseSystem.Host.Mail;

/// <summary>Section <c>Mail</c>. With <see cref="SmtpHost"/> set, mail goes through that server; without it, each
/// message is written as an <c>.eml</c> file into <see cref="PickupFolder"/>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "no-reply@sofia.example";

    public string FromName { get; set; } = "Столична община";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c> (when the server offers it, required when set) or <c>Tls</c>.</summary>
    public string Security { get; set; } = "None";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Where messages go without an SMTP server; <c>&lt;data&gt;/mail</c> unless set.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>The address people open the system at (<c>https://uslugi.sofia.bg</c>), for links in e-mails to
    /// staff; without it they name the page to open instead.</summary>
    public Uri? SiteUrl { get; set; }

    /// <summary>How often the citizens' and the staff's notifications waiting in the outbox are sent.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(5);
}
