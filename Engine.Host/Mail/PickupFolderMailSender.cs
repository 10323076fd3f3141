namespace CaseSystem.Host.Mail;

/// <summary>
/// The embedded default's mail: each message an <c>.eml</c> file in the pickup folder, which any mail program
/// opens. Written to a temporary name and then renamed, so a reader never sees half a message.
/// </summary>
public sealed class PickupFolderMailSender(string folder, MailOptions options, TimeProvider time,
    ILogger<PickupFolderMailSender> logger) : IMailSender
{
    public string Folder => folder;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = MimeMessages.From(options, mail, time);
        Directory.CreateDirectory(folder);

        var name = $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var partial = Path.Combine(folder, name + ".partial");
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(partial, Path.Combine(folder, name));
        Log.MailWritten(logger, message.MessageId ?? "", name);
    }
}
