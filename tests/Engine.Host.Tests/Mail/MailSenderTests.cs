using CaseSystem.Host.Mail;
using CaseSystem.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CaseSystem.Host.Tests.Mail;

/// <summary>Mail through a real SMTP server on loopback, and into the embedded default's pickup folder.</summary>
public sealed class MailSenderTests
{
    private static readonly OutgoingMail Confirmation = new("maria@example.bg",
        "Сигнал СОА26-ВХ-57/04.12.2026 е регистриран",
        "Здравейте, Мария!\n\nСигналът Ви за дупка на ул. „Шипка“ № 6 е регистриран.")
    {
        Attachments = [new("разписка.pdf", "application/pdf", "%PDF-1.7 test"u8.ToArray())],
    };

    [Fact]
    public async Task A_Bulgarian_message_arrives_through_SMTP_as_written()
    {
        await using var server = SmtpSink.Start();
        var sender = new SmtpMailSender(
            Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port }),
            TimeProvider.System, NullLogger<SmtpMailSender>.Instance);

        await sender.SendAsync(Confirmation);
        var received = await server.NextAsync();

        Assert.Equal(Confirmation.Subject, received.Subject);
        Assert.Equal(Confirmation.TextBody, received.TextBody?.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Equal(("Столична община", "no-reply@sofia.example"),
            (received.From.Mailboxes.Single().Name, received.From.Mailboxes.Single().Address));
        Assert.Equal("maria@example.bg", received.To.Mailboxes.Single().Address);
        var attachment = Assert.IsType<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("разписка.pdf", attachment.FileName);
    }

    [Fact]
    public async Task Without_an_SMTP_server_each_message_is_a_complete_eml_file_in_the_pickup_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casesystem-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new PickupFolderMailSender(folder, new MailOptions(), TimeProvider.System,
                NullLogger<PickupFolderMailSender>.Instance);

            await sender.SendAsync(Confirmation);
            var file = Assert.Single(Directory.GetFiles(folder));
            var message = await MimeMessage.LoadAsync(file);

            Assert.EndsWith(".eml", file, StringComparison.Ordinal);
            Assert.Equal(Confirmation.Subject, message.Subject);
            Assert.Contains("ул. „Шипка“ № 6", message.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
