using System.Globalization;
using System.Security.Claims;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Documents;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Registration;
using Microsoft.Net.Http.Headers;

namespace CaseSystem.Host.Api;

/// <summary>
/// Case documents: upload, versions, download (whole or ranged), logical deletion, legal holds and short-lived
/// download links. Content is hash-checked on every read.
/// </summary>
internal static partial class DocumentEndpoints
{
    // Each route checks the case the document belongs to (CaseAccess): its citizen reads and adds documents, the
    // staff of its department also add versions, delete and hold them; an administrator may do all.
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/cases/{caseId}/documents", AddAsync).WithTags("Documents")
            .WithSummary("Add a document to a case: a multipart form's file, or the body with ?fileName=");
        api.MapGet("/cases/{caseId}/documents", ListAsync).WithTags("Documents")
            .WithSummary("A case's documents with their versions");

        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A document with its versions");
        group.MapGet("/{id:guid}/content", ContentAsync)
            .WithSummary("The latest version's content, or ?version=N; single byte ranges are served");
        group.MapPost("/{id:guid}/versions", AddVersionAsync).WithSummary("Add a new version of a document");
        group.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Delete a document (logically; its versions stay)");
        group.MapPut("/{id:guid}/legal-hold", HoldAsync).WithSummary("Place a legal hold, which stops deletion");
        group.MapDelete("/{id:guid}/legal-hold", ReleaseAsync).WithSummary("Release the legal hold");
        group.MapPost("/{id:guid}/links", LinkAsync).WithSummary("A short-lived download link anyone can open");
        MapSignatureEndpoints(group);
        return api;
    }

    /// <summary>The link itself is the permission: these routes need no credential.</summary>
    public static IEndpointRouteBuilder MapDownloadLinks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/links/{token}", LinkedContentAsync).WithTags("Documents")
            .WithSummary("Download through a short-lived link").AllowAnonymous();
        return app;
    }

    private static async Task<IResult> AddAsync(HttpRequest request, DocumentLibrary library,
        DocumentSettings settings, CaseAccess access, RegisterDesk desk, ClaimsPrincipal user, string caseId,
        string? fileName, CancellationToken cancellationToken)
    {
        await access.CheckDocumentsAsync(user, caseId, change: false, cancellationToken);
        if (caseId.Length > 100)
        {
            throw new BadRequestException("The case id is too long", "A case id has at most 100 characters.");
        }

        // A citizen's upload is a document received: it is entered in the incoming register. Staff register what
        // they file themselves, when it is a document received or sent (POST /api/register).
        var matter = CaseAccess.IsStaff(user) ? null : await access.SeeAsync(user, Guid.Parse(caseId),
            cancellationToken);
        var id = Guid.NewGuid();
        await DocumentUploads.ReceiveAsync(request, settings, fileName,
            upload => library.AddAsync(id, caseId, Author(user), upload, cancellationToken), cancellationToken);
        var document = await library.GetAsync(id, cancellationToken);
        if (matter is null)
        {
            return Results.Created($"/api/documents/{id}", DocumentView.From(document));
        }

        var entry = await RegisterUploadAsync(request.HttpContext, desk, library, matter, document, Author(user),
            cancellationToken);
        return Results.Created($"/api/documents/{id}",
            DocumentView.From(document) with { RegistrationIndex = entry.RegistrationIndex });
    }

    /// <summary>
    /// Registers a stored upload. The document and its entry live in two stores, so they cannot share a
    /// transaction: when registering fails, the document is deleted (logically) before the error is answered, so
    /// that no received document stands unregistered.
    /// </summary>
    private static async Task<RegisterEntryRecord> RegisterUploadAsync(HttpContext context, RegisterDesk desk,
        DocumentLibrary library, CaseRecord matter, DocumentRecord document, string author,
        CancellationToken cancellationToken)
    {
        try
        {
            return await desk.RegisterUploadAsync(matter, document, author, cancellationToken);
        }
        catch (Exception failure)
        {
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>()
                .CreateLogger(typeof(DocumentEndpoints).FullName!);
            try
            {
                // Not the request's token: a client gone away must not leave the document behind.
                await library.DeleteAsync(document.Id, "register", CancellationToken.None);
                LogUploadWithdrawn(log, document.Id, matter.Id, failure.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogUploadUnregistered(log, document.Id, matter.Id, e.Message);
            }

            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Document {DocumentId} of case {CaseId} was deleted: registering it failed ({Problem})")]
    private static partial void LogUploadWithdrawn(ILogger logger, Guid documentId, Guid caseId, string problem);

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "Document {DocumentId} of case {CaseId} stands unregistered: neither registered nor deleted "
            + "({Problem}); delete it or register it by hand")]
    private static partial void LogUploadUnregistered(ILogger logger, Guid documentId, Guid caseId, string problem);

    private static async Task<IResult> AddVersionAsync(HttpRequest request, DocumentLibrary library,
        DocumentSettings settings, CaseAccess access, ClaimsPrincipal user, Guid id, string? fileName,
        CancellationToken cancellationToken)
    {
        // Fails before the body is read when the document is gone or not the caller's to change.
        await CheckedAsync(library, access, user, id, change: true, cancellationToken);
        var version = await DocumentUploads.ReceiveAsync(request, settings, fileName,
            upload => library.AddVersionAsync(id, Author(user), upload, cancellationToken), cancellationToken);
        return Results.Created($"/api/documents/{id}/content?version={version.Number}", VersionView.From(version));
    }

    private static async Task<IResult> ListAsync(DocumentLibrary library, CaseAccess access, ClaimsPrincipal user,
        string caseId, CancellationToken cancellationToken)
    {
        await access.CheckDocumentsAsync(user, caseId, change: false, cancellationToken);
        return Results.Ok((await library.ListAsync(caseId, cancellationToken)).Select(DocumentView.From).ToList());
    }

    private static async Task<IResult> GetAsync(DocumentLibrary library, CaseAccess access, ClaimsPrincipal user,
        Guid id, CancellationToken cancellationToken) =>
        Results.Ok(DocumentView.From(await CheckedAsync(library, access, user, id, change: false, cancellationToken)));

    private static async Task ContentAsync(HttpContext context, DocumentLibrary library, CaseAccess access,
        Guid id, int? version, CancellationToken cancellationToken)
    {
        await CheckedAsync(library, access, context.User, id, change: false, cancellationToken);
        await ServeAsync(context, library, id, version, cancellationToken);
    }

    private static async Task<IResult> DeleteAsync(DocumentLibrary library, CaseAccess access, ClaimsPrincipal user,
        Guid id, CancellationToken cancellationToken)
    {
        await CheckedAsync(library, access, user, id, change: true, cancellationToken);
        await library.DeleteAsync(id, Author(user), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> HoldAsync(DocumentLibrary library, CaseAccess access, ClaimsPrincipal user,
        Guid id, LegalHoldRequest? body, CancellationToken cancellationToken)
    {
        await CheckedAsync(library, access, user, id, change: true, cancellationToken);
        if (string.IsNullOrWhiteSpace(body?.Reason))
        {
            throw new BadRequestException("The legal hold has no reason",
                "Send {\"reason\": \"...\"}, for example the court case that needs the document kept.");
        }

        await library.PlaceLegalHoldAsync(id, body.Reason, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> ReleaseAsync(DocumentLibrary library, CaseAccess access,
        ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        await CheckedAsync(library, access, user, id, change: true, cancellationToken);
        await library.ReleaseLegalHoldAsync(id, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> LinkAsync(HttpRequest request, DocumentLibrary library, DownloadLinks links,
        CaseAccess access, Guid id, LinkRequest? body, CancellationToken cancellationToken)
    {
        var document = await CheckedAsync(library, access, request.HttpContext.User, id, change: false,
            cancellationToken);
        var number = body?.Version ?? document.Versions.Max(v => v.Number);
        if (document.Versions.All(v => v.Number != number))
        {
            throw new DocumentUnavailableException($"Document {id} has no version {number}.");
        }

        var minutes = body?.Minutes ?? 10;
        if (minutes is < 1 or > 60)
        {
            throw new BadRequestException("The link's lifetime is out of range",
                "Give 'minutes' between 1 and 60; links are short-lived.");
        }

        var (token, expiresAt) = links.Create(id, number, TimeSpan.FromMinutes(minutes));
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}/documents/links/{token}";
        return Results.Ok(new LinkView(url, expiresAt));
    }

    private static async Task LinkedContentAsync(HttpContext context, DocumentLibrary library, DownloadLinks links,
        string token, CancellationToken cancellationToken)
    {
        var check = links.Check(token);
        switch (check.Status)
        {
            case LinkStatus.Expired:
                throw new LinkNotUsableException("The download link has expired",
                    "Ask for a new link; links live at most an hour.", StatusCodes.Status410Gone);
            case LinkStatus.Invalid:
                throw new LinkNotUsableException("The download link is not valid",
                    "Use the whole link as it was given, or ask for a new one.", StatusCodes.Status404NotFound);
            default:
                await ServeAsync(context, library, check.DocumentId, check.Version, cancellationToken);
                break;
        }
    }

    /// <summary>Writes a version's content: whole, or the one byte range asked for (206).</summary>
    private static async Task ServeAsync(HttpContext context, DocumentLibrary library, Guid id, int? number,
        CancellationToken cancellationToken)
    {
        var document = await library.GetAsync(id, cancellationToken);
        var version = number is null
            ? document.Versions.MaxBy(v => v.Number)!
            : document.Versions.SingleOrDefault(v => v.Number == number)
              ?? throw new DocumentUnavailableException($"Document {id} has no version {number}.");

        var response = context.Response;
        var range = RequestedRange(context.Request, version.Size);
        if (range is { Length: 0 } && version.Size > 0)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{version.Size}";
            return;
        }

        var (_, content) = await library.OpenAsync(id, version.Number, range, cancellationToken);
        await using (content)
        {
            response.ContentType = version.MediaType;
            response.Headers.ETag = $"\"{version.Sha256}\"";
            response.Headers.AcceptRanges = "bytes";
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
            {
                FileNameStar = version.FileName,
            }.ToString();
            if (range is { } part)
            {
                response.StatusCode = StatusCodes.Status206PartialContent;
                response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture,
                    $"bytes {part.Offset}-{part.Offset + part.Length - 1}/{version.Size}");
                response.ContentLength = part.Length;
            }
            else
            {
                response.ContentLength = version.Size;
            }

            try
            {
                await content.CopyToAsync(response.Body, cancellationToken);
            }
            catch (ObjectIntegrityException e) when (response.HasStarted)
            {
                // A large object from S3 is sent while it is hashed, all but its last MiB; it failed the check
                // after the status went out, so the connection is cut: the client's download fails incomplete.
                var log = context.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(DocumentEndpoints).FullName!);
                LogDamagedWhileServed(log, id, version.Number, e.Message);
                context.Abort();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "Document {DocumentId} version {Version} failed its hash check while served, cut off: {Problem}")]
    private static partial void LogDamagedWhileServed(ILogger logger, Guid documentId, int version, string problem);

    /// <summary>
    /// The single range of a <c>Range: bytes=...</c> header, cut to the content; a range of length 0 when it starts
    /// past the end; null for no header, several ranges or one that cannot be read (the whole content is served).
    /// </summary>
    internal static ByteRange? RequestedRange(HttpRequest request, long size)
    {
        if (!RangeHeaderValue.TryParse(request.Headers.Range.ToString(), out var header)
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase)
            || header.Ranges.Count != 1)
        {
            return null;
        }

        var item = header.Ranges.Single();
        if (item.From is null)
        {
            // "bytes=-500": the last 500 bytes.
            var tail = Math.Min(item.To ?? 0, size);
            return tail == 0 ? new ByteRange(0, 0) : new ByteRange(size - tail, tail);
        }

        var from = item.From.Value;
        if (from >= size)
        {
            return new ByteRange(0, 0);
        }

        var to = Math.Min(item.To ?? size - 1, size - 1);
        return to < from ? null : new ByteRange(from, to - from + 1);
    }

    private static string Author(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    /// <summary>The document, once the caller may read it (or change it); otherwise not found.</summary>
    private static async Task<DocumentRecord> CheckedAsync(DocumentLibrary library, CaseAccess access,
        ClaimsPrincipal user, Guid id, bool change, CancellationToken cancellationToken)
    {
        var document = await library.GetAsync(id, cancellationToken);
        try
        {
            await access.CheckDocumentsAsync(user, document.CaseId, change, cancellationToken);
        }
        catch (CaseNotFoundException)
        {
            // Not the caller's to see: answered as if it did not exist.
            throw new DocumentUnavailableException($"Document {id} does not exist or was deleted.");
        }

        return document;
    }
}

internal sealed record LegalHoldRequest(string? Reason);

internal sealed record LinkRequest(int? Version, int? Minutes);

internal sealed record LinkView(string Url, DateTimeOffset ExpiresAt);

internal sealed record VersionView(int Number, string FileName, string MediaType, long Size, string Sha256,
    string Author, DateTimeOffset StoredAt)
{
    public static VersionView From(DocumentVersionRecord v) =>
        new(v.Number, v.FileName, v.MediaType, v.Size, v.Sha256, v.Author, v.StoredAt);
}

/// <summary>A document as the API shows it; the answer to a citizen's upload also has the index it got in the
/// incoming register.</summary>
internal sealed record DocumentView(Guid Id, string CaseId, string Name, string CreatedBy, DateTimeOffset CreatedAt,
    string? LegalHold, IReadOnlyList<VersionView> Versions, string? RegistrationIndex = null)
{
    public static DocumentView From(DocumentRecord d) => new(d.Id, d.CaseId, d.Name, d.CreatedBy, d.CreatedAt,
        d.LegalHoldReason, d.Versions.OrderBy(v => v.Number).Select(VersionView.From).ToList());
}

/// <summary>A download link that is expired or not ours; <see cref="StatusCode"/> says which.</summary>
public sealed class LinkNotUsableException : Exception
{
    public LinkNotUsableException()
    {
    }

    public LinkNotUsableException(string message)
        : base(message)
    {
    }

    public LinkNotUsableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LinkNotUsableException(string title, string detail, int statusCode)
        : base(title)
    {
        Detail = detail;
        StatusCode = statusCode;
    }

    public string? Detail { get; }

    public int StatusCode { get; } = StatusCodes.Status404NotFound;
}
