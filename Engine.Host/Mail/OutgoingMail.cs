namespace CaseSystem.Host.Mail;

/// <summary>A message to one recipient: a plain-text body (Bulgarian first), optionally an HTML one and files.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);
