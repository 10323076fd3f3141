using System.Globalization;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// What one use accepts (an application's attachments, a photo of a signal, a signed form): the media types,
/// read from the content, and a size limit.
/// </summary>
/// <param name="Use">Named in error messages, for example "attachments to an application".</param>
/// <param name="AllowedMediaTypes">Constants of <see cref="MediaTypes"/>.</param>
/// <param name="MaxBytes">The largest content accepted.</param>
public sealed record UploadPolicy(string Use, IReadOnlyCollection<string> AllowedMediaTypes, long MaxBytes)
{
    /// <summary>
    /// Reads the head of <paramref name="content"/> to learn its type and checks it against the policy. The stream
    /// returned replays that head and then the rest, and fails once more than <see cref="MaxBytes"/> have passed.
    /// </summary>
    /// <exception cref="UploadRejectedException">The type or the size is not what the use accepts.</exception>
    public async Task<Upload> AcceptAsync(
        Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position > MaxBytes)
        {
            throw TooLarge();
        }

        var head = new byte[MediaTypes.SniffLength];
        var headLength = await content.ReadAtLeastAsync(
            head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            throw new UploadRejectedException(
                UploadRejection.Empty, $"The file is empty. Send the file again for {Use}.");
        }

        var mediaType = MediaTypes.Sniff(head.AsSpan(0, headLength));
        if (!AllowedMediaTypes.Contains(mediaType))
        {
            throw new UploadRejectedException(
                UploadRejection.TypeNotAllowed,
                $"The file's content is {Describe(mediaType)}, which {Use} do not accept. "
                + $"Send one of: {string.Join(", ", AllowedMediaTypes.Select(Describe))}.");
        }

        var limited = new LimitedStream(head.AsMemory(0, headLength), content, MaxBytes, TooLarge);
        return new Upload(SafeFileName.Clean(fileName), mediaType, limited);
    }

    private UploadRejectedException TooLarge() => new(
        UploadRejection.TooLarge,
        $"The file is larger than {FormatSize(MaxBytes)}, the limit for {Use}. "
        + "Send a smaller file, for example scanned at a lower resolution or split into parts.");

    private static string Describe(string mediaType) => mediaType switch
    {
        MediaTypes.Pdf => "PDF",
        MediaTypes.Png => "PNG",
        MediaTypes.Jpeg => "JPEG",
        MediaTypes.Gif => "GIF",
        MediaTypes.Tiff => "TIFF",
        MediaTypes.Docx => "Word (.docx)",
        MediaTypes.Xlsx => "Excel (.xlsx)",
        MediaTypes.Pptx => "PowerPoint (.pptx)",
        MediaTypes.Odt => "OpenDocument text (.odt)",
        MediaTypes.Ods => "OpenDocument spreadsheet (.ods)",
        MediaTypes.Zip => "a ZIP archive",
        MediaTypes.CmsSignature => "a detached signature (.p7s)",
        _ => "of a type that is not recognised",
    };

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
