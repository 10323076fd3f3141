using MimeKit;
using MimeKit.Utils;

namespace CaseSystem.Host.Mail;

/// <summary>Builds the MIME message both senders send: UTF-8 throughout, so Cyrillic arrives as written.</summary>
internal static class MimeMessages
{
    public static MimeMessage From(MailOptions options, OutgoingMail mail, TimeProvider time)
    {
        var domain = options.FromAddress[(options.FromAddress.LastIndexOf('@') + 1)..];
        var message = new MimeMessage
        {
            Subject = mail.Subject, Date = time.GetUtcNow(), MessageId = MimeUtils.GenerateMessageId(domain),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var file in mail.Attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.MediaType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
