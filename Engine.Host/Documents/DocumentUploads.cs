using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CaseSystem.Host.Documents;

/// <summary>
/// Reads an uploaded file from a request as it streams (a multipart form's first file, or the raw body with its
/// name in <c>?fileName=</c>) or from a page's form. The type is read from the content, the name cleaned, and
/// photos lose their location; the API and the inbox pages take case documents under this one policy.
/// </summary>
internal static class DocumentUploads
{
    private static readonly string[] Accepted =
    [
        MediaTypes.Pdf, MediaTypes.Png, MediaTypes.Jpeg, MediaTypes.Tiff, MediaTypes.Docx, MediaTypes.Xlsx,
        MediaTypes.Odt, MediaTypes.Ods, MediaTypes.CmsSignature,
    ];

    // A multipart body carries boundaries and part headers beside the file.
    private const long MultipartOverhead = 64 * 1024;

    /// <summary>The largest request that carries one document: the file and the form around it.</summary>
    public static long MaxRequestBytes(DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.MaxUploadBytes + MultipartOverhead;
    }

    /// <summary>Reads the upload, hands it to <paramref name="store"/> and returns what that returned.</summary>
    public static async Task<T> ReceiveAsync<T>(HttpRequest request, DocumentSettings settings, string? fileName,
        Func<Upload, Task<T>> store, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes(settings);
        }

        var (content, name) = request.HasFormContentType
            ? await FirstFileAsync(request, cancellationToken)
            : (request.Body, fileName ?? throw new BadRequestException("The file has no name",
                "Send the file as a multipart form, or as the body with its name in ?fileName=."));
        return await AcceptAsync(content, name, settings, store, cancellationToken);
    }

    /// <summary>
    /// A file of a form already read (a page's form is read before its handler runs, for its antiforgery token),
    /// under the same policy: accepted types, size limit, cleaned name, photos without their location.
    /// </summary>
    public static async Task<T> ReceiveAsync<T>(IFormFile file, DocumentSettings settings,
        Func<Upload, Task<T>> store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);

        await using var content = file.OpenReadStream();
        return await AcceptAsync(content, file.FileName, settings, store, cancellationToken);
    }

    private static async Task<T> AcceptAsync<T>(Stream content, string name, DocumentSettings settings,
        Func<Upload, Task<T>> store, CancellationToken cancellationToken)
    {
        var policy = new UploadPolicy("case documents", Accepted, settings.MaxUploadBytes);
        await using var upload = await policy.AcceptAsync(content, name, cancellationToken);
        if (upload.MediaType is not (MediaTypes.Jpeg or MediaTypes.Png))
        {
            return await store(upload);
        }

        // A photo is re-written without where it was taken before it is stored.
        await using var cleaned = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await PhotoMetadata.RemoveAsync(upload.Content, cleaned, cancellationToken: cancellationToken);
        cleaned.Position = 0;
        return await store(upload with { Content = cleaned });
    }

    private static async Task<(Stream Content, string Name)> FirstFileAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(
            MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || !request.ContentType!.StartsWith("multipart/form-data",
                StringComparison.OrdinalIgnoreCase))
        {
            throw new BadRequestException("The form has no file",
                "Send the file as multipart/form-data, or as the body with its name in ?fileName=.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition())
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                    ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                return (section.Body, name ?? "");
            }
        }

        throw new BadRequestException("The form has no file", "Add the document as a file field of the form.");
    }
}
