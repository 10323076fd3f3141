using System.Globalization;
using System.Security.Claims;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Documents;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Mail;
using CaseSystem.Host.Portal;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Host.Signals;

/// <summary>
/// The portal's side of filing a signal: reading the form into a draft (its photos cleaned and filed under the
/// draft's case id), checking it as <see cref="SignalService"/> will, and filing it with its receipt and
/// confirmation e-mail. Photos of a draft that is never filed stay under a case id that no case has, so no page
/// and no citizen's API call shows them; removed ones are deleted (logically).
/// TODO: sweep documents whose case id never became a case (abandoned drafts) a day after they were filed.
/// </summary>
public sealed class SignalFiling(
    SignalService signals, SignalCatalogue catalogue, CaseService cases, DocumentLibrary documents,
    SignalDrafts drafts, DownloadLinks links, OutgoingSigner signer, IMailSender mail, Ui ui,
    PhotoUploads uploads, ILogger<SignalFiling> logger)
{
    /// <summary>The largest photo taken (each of at most three).</summary>
    public const long MaxPhotoBytes = 10L * 1024 * 1024;

    /// <summary>A form with three photos of the largest size, and the rest of it.</summary>
    public const long MaxRequestBytes = (3 * MaxPhotoBytes) + (2 * 1024 * 1024);

    private static readonly UploadPolicy PhotoPolicy =
        new("photos of a signal", [MediaTypes.Jpeg, MediaTypes.Png], MaxPhotoBytes);

    /// <summary>How long the confirmation page's receipt link works.</summary>
    private static readonly TimeSpan ReceiptLinkLifetime = TimeSpan.FromMinutes(30);

    public string Protect(SignalDraft draft) => drafts.Protect(draft);

    public SignalDraft? Read(string? text, ClaimsPrincipal user) => drafts.Read(text, AccountOf(user));

    /// <summary>A new draft: for a signed-in citizen, their name and e-mail filled in.</summary>
    public static SignalDraft NewDraft(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var citizen = user.IsInRole(Roles.Citizen);
        return new SignalDraft
        {
            AccountId = AccountOf(user),
            Name = citizen ? user.FindFirst(AccountClaims.DisplayName)?.Value : null,
            Email = citizen ? user.Identity?.Name : null,
        };
    }

    /// <summary>
    /// The form read into a draft: its photos removed or added (each sniffed, its name cleaned, its location taken
    /// out, then filed under the draft's case id), and every problem found, keyed by the field's id, in the page's
    /// language. Nothing is filed as a signal. Photos from someone not signed in count against their
    /// <paramref name="client"/> (<see cref="PhotoUploads"/>).
    /// </summary>
    public async Task<(SignalDraft Draft, Dictionary<string, string> Errors)> ReadAsync(SignalForm form,
        IReadOnlyList<IFormFile> photos, ClaimsPrincipal user, string client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(photos);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var previous = Read(form.Draft, user) ?? NewDraft(user);
        var kept = new List<DraftPhoto>();
        foreach (var photo in previous.Photos)
        {
            if (form.RemovePhotos.Contains(photo.DocumentId))
            {
                await documents.DeleteAsync(photo.DocumentId, Author(user), cancellationToken);
            }
            else
            {
                kept.Add(photo);
            }
        }

        foreach (var file in photos.Where(f => f.Length > 0))
        {
            if (kept.Count >= 3)
            {
                errors.TryAdd("photos", ui["signal.photos-too-many"]);
                break;
            }

            if (user.Identity?.IsAuthenticated != true && !uploads.Count(client))
            {
                errors.TryAdd("photos", string.Format(
                    CultureInfo.CurrentCulture, ui["signal.photos-limited"], uploads.WindowMinutes));
                break;
            }

            var added = await AddPhotoAsync(previous.CaseId, file, user, cancellationToken);
            if (added.Photo is { } photo)
            {
                kept.Add(photo);
            }
            else
            {
                errors.TryAdd("photos", added.Error!);
            }
        }

        var draft = previous with
        {
            CategoryCode = form.CategoryCode?.Trim() ?? "",
            Description = form.Description ?? "",
            Latitude = Blank(form.Latitude),
            Longitude = Blank(form.Longitude),
            Address = Blank(form.Address),
            District = Blank(form.District),
            EventsOn = Blank(form.EventsOn),
            Anonymous = form.Anonymous,
            Name = Blank(form.Name),
            Email = Blank(form.Email),
            Phone = Blank(form.Phone),
            ShareDescription = form.ShareDescription,
            Channel = Blank(form.Channel),
            Photos = kept,
        };
        foreach (var (field, error) in Check(draft, user))
        {
            errors.TryAdd(field, error);
        }

        return (draft, errors);
    }

    /// <summary>Every problem of the draft, keyed by the field's id, in the page's language.</summary>
    public Dictionary<string, string> Check(SignalDraft draft, ClaimsPrincipal user)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (request, parseErrors) = ToNewSignal(draft, user);
        foreach (var (field, error) in parseErrors)
        {
            errors.TryAdd(field, error);
        }

        var culture = CultureInfo.CurrentUICulture;
        foreach (var (field, error) in signals.Check(request))
        {
            errors.TryAdd(field == "photoIds" ? "photos" : field, error.MessageFor(culture));
        }

        // The form's order, so the summary reads as the page does.
        return errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Key) is var i and >= 0 ? i : FieldOrder.Length)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Files the draft: the signal with its case (under the draft's case id, where its photos are), then its
    /// receipt as one of the case's documents and, when an e-mail was given, the confirmation with the receipt.
    /// Null when this draft was filed already (the form sent twice); its index is then in <paramref name="filed"/>.
    /// </summary>
    /// <exception cref="SignalValidationException">Something must change; nothing was saved.</exception>
    public async Task<SignalConfirmation?> FileAsync(SignalDraft draft, ClaimsPrincipal user,
        SignalChannel channel, Action<string> filed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(filed);
        if (await cases.FindAsync(draft.CaseId, cancellationToken) is { } existing)
        {
            filed(existing.RegistrationIndex);
            return null;
        }

        var (request, _) = ToNewSignal(draft, user);
        SubmittedSignal submitted;
        try
        {
            submitted = await signals.SubmitAsync(request with { Channel = channel }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once: the other request filed it.
            var twin = await cases.FindAsync(draft.CaseId, cancellationToken);
            if (twin is null)
            {
                throw;
            }

            filed(twin.RegistrationIndex);
            return null;
        }

        var details = await signals.FindAsync(submitted.Case.Id, cancellationToken);
        var signal = details?.Signal ?? submitted.Signal;
        var dueAt = signal.Anonymous
            ? (DateTimeOffset?)null
            : signal.DecisionDueAt ?? signal.ReceivedAt.AddMonths(catalogue.Options.DecisionMonths);
        var receipt = await signer.SignAsync(SignalReceipt.Render(signal, submitted.Case, catalogue, draft.Photos,
            dueAt, channel == SignalChannel.Portal ? null : user.FindFirst(AccountClaims.DisplayName)?.Value));
        var receiptId = Guid.NewGuid();
        await using (var content = new MemoryStream(receipt))
        {
            await documents.AddAsync(receiptId, submitted.Case.Id.ToString(), Author(user),
                new Upload(SignalReceipt.FileName, MediaTypes.Pdf, content), cancellationToken);
        }

        var emailed = await SendConfirmationAsync(submitted, dueAt, receipt, cancellationToken);
        var (token, _) = links.Create(receiptId, 1, ReceiptLinkLifetime);
        return new SignalConfirmation(submitted.Case.Id, submitted.Case.RegistrationIndex, submitted.AccessCode,
            dueAt, $"/documents/links/{token}", emailed, signal.Anonymous);
    }

    /// <summary>A draft given up (its sender follows another signal instead): its photos are deleted.</summary>
    public async Task DropAsync(SignalDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var photo in draft.Photos)
        {
            await documents.DeleteAsync(photo.DocumentId, Author(user), cancellationToken);
        }
    }

    /// <summary>The draft as <see cref="SignalService"/> takes it, and what could not be read from it.</summary>
    public (NewSignal Request, Dictionary<string, string> Errors) ToNewSignal(SignalDraft draft, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(user);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var latitude = Coordinate(draft.Latitude, "latitude", errors);
        var longitude = Coordinate(draft.Longitude, "longitude", errors);
        DateOnly? eventsOn = null;
        if (draft.EventsOn is { } typed)
        {
            if (DateOnly.TryParseExact(typed, ["yyyy-MM-dd", "d.M.yyyy", "d.M.yyyy 'г.'"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                eventsOn = day;
            }
            else
            {
                errors["eventsOn"] = ui["signal.events-on-invalid"];
            }
        }

        var request = new NewSignal
        {
            CaseId = draft.CaseId,
            CategoryCode = draft.CategoryCode,
            Description = draft.Description,
            Latitude = latitude,
            Longitude = longitude,
            Address = draft.Address,
            District = draft.District,
            PhotoIds = [.. draft.Photos.Select(p => p.DocumentId)],
            Anonymous = draft.Anonymous,
            Name = draft.Anonymous ? null : draft.Name,
            Email = draft.Anonymous ? null : draft.Email,
            Phone = draft.Anonymous ? null : draft.Phone,
            EventsOn = eventsOn,
            ShareDescription = draft.ShareDescription,
            Language = Ui.Language,
            OwnerAccountId = user.IsInRole(Roles.Citizen) ? CaseAccess.AccountId(user) : null,
            SubmittedBy = user.Identity?.Name ?? "portal",
        };
        return (request, errors);
    }

    private static readonly string[] FieldOrder =
    [
        "categoryCode", "description", "latitude", "longitude", "address", "district", "eventsOn", "photos",
        "anonymous", "name", "email", "phone", "shareDescription", "channel",
    ];

    private async Task<(DraftPhoto? Photo, string? Error)> AddPhotoAsync(Guid caseId, IFormFile file,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = file.OpenReadStream();
            await using var upload = await PhotoPolicy.AcceptAsync(stream, file.FileName, cancellationToken);

            // Where it was taken goes before it is stored.
            await using var cleaned = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite,
                FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await PhotoMetadata.RemoveAsync(upload.Content, cleaned, cancellationToken: cancellationToken);
            cleaned.Position = 0;
            var id = Guid.NewGuid();
            await documents.AddAsync(id, caseId.ToString(), Author(user), upload with { Content = cleaned },
                cancellationToken);
            return (new DraftPhoto(id, upload.FileName), null);
        }
        catch (UploadRejectedException rejected)
        {
            var key = rejected.Reason switch
            {
                UploadRejection.Empty => "signal.photo-empty",
                UploadRejection.TooLarge => "signal.photo-large",
                _ => "signal.photo-type",
            };
            return (null, string.Format(CultureInfo.CurrentCulture, ui[key], file.FileName,
                MaxPhotoBytes / (1024 * 1024)));
        }
    }

    private async Task<bool> SendConfirmationAsync(SubmittedSignal submitted, DateTimeOffset? dueAt, byte[] receipt,
        CancellationToken cancellationToken)
    {
        if (submitted.Signal.Anonymous || submitted.Case.ContactEmail is not { } email)
        {
            return false;
        }

        var culture = CultureInfo.CurrentUICulture;
        var index = submitted.Case.RegistrationIndex;
        var due = dueAt is { } at ? SignalTexts.Day(at) : "";
        var text = string.Join(Environment.NewLine + Environment.NewLine,
            string.Format(culture, ui["signal.mail-registered"], index),
            string.Format(culture, ui["signal.mail-code"], submitted.AccessCode),
            string.Format(culture, ui["signal.next-decision"], due),
            ui["signal.next-told"],
            ui["signal.mail-receipt"]);
        try
        {
            await mail.SendAsync(new OutgoingMail(email, string.Format(culture, ui["signal.mail-subject"], index), text)
            {
                Attachments = [new MailAttachment(SignalReceipt.FileName, MediaTypes.Pdf, receipt)],
            }, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The signal is filed and its receipt is on the page: a mail server down must not undo either.
            Log.ConfirmationNotSent(logger, e, submitted.Case.Id);
            return false;
        }
    }

    private double? Coordinate(string? text, string field, Dictionary<string, string> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        errors[field] = ui["signal.coordinate-invalid"];
        return null;
    }

    private static string? AccountOf(ClaimsPrincipal user) => CaseAccess.AccountId(user);

    private static string Author(ClaimsPrincipal user) => user.Identity?.Name ?? "portal";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
