using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.DocumentStore.Templates;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// Issues signal response letters inside a run's transaction: the outgoing register entry, the PDF from the
/// letter template, its signature, the content in the object store and the document's rows. The content goes to
/// the store first and is stored by its hash, so a rolled-back run leaves at most an unreferenced object, and a
/// replay stores the same object again without a second copy. With a time-stamping authority the letter's
/// signature is timestamped; while the authority is down, letters go out signed without one, and the log says so.
/// </summary>
public sealed partial class SignalLetters(
    IObjectStore store, SignalCatalogue catalogue, TimeProvider time, ITimestampAuthority? timestamps = null,
    ILogger<SignalLetters>? logger = null) : IDisposable
{
    public const string Author = "system";

    private readonly DocumentTemplates _templates = new();
    private readonly Lazy<SigningCertificate?> _certificate = new(() => Load(catalogue.Options.Letter));

    /// <summary>True when letters are signed (a certificate is configured).</summary>
    public bool Signs => _certificate.Value is not null;

    /// <summary>The letter's data for the template, as it will be rendered.</summary>
    public JsonObject Data(SignalRecord signal, CaseRecord @case, string outgoingIndex, DateTimeOffset date,
        LetterEffect letter)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(letter);

        var options = catalogue.Options.Letter;
        var received = DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(signal.ReceivedAt, Calendar.BulgarianCalendar.Sofia).DateTime);
        var body = new JsonArray(SignalTexts.LetterOpening(@case.RegistrationIndex, received,
            catalogue.Category(signal.CategoryCode)?.NameBg ?? signal.CategoryCode));
        foreach (var paragraph in letter.Body)
        {
            body.Add(paragraph);
        }

        if (letter.Closure is { } closure)
        {
            body.Add(SignalTexts.Reason(closure).Bg);
        }

        var addressee = new JsonObject { ["name"] = @case.ApplicantName };
        if (signal.PostalAddress is { } address)
        {
            addressee["address"] = address;
        }

        return new JsonObject
        {
            ["unit"] = options.Unit,
            ["registrationIndex"] = outgoingIndex,
            ["date"] = SignalTexts.Day(date),
            ["addressee"] = addressee,
            ["subject"] = SignalTexts.LetterSubject(@case.RegistrationIndex),
            ["body"] = body,
            ["signatory"] = new JsonObject
            {
                ["name"] = options.SignatoryName,
                ["position"] = options.SignatoryPosition,
            },
        };
    }

    /// <summary>Issues the letter in the transaction of <paramref name="db"/>; the caller commits.</summary>
    internal async Task<RegisterEntryRecord> IssueAsync(MunicipalDbContext db, DocumentRegister register,
        RegistrationIndexFormat format, DbTransaction transaction, SignalRecord signal, CaseRecord @case,
        LetterEffect letter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var entry = await register.RegisterAsync(RegisterDirection.Outgoing, OutgoingRegister(format),
            @case.ApplicantName, SignalTexts.LetterSubject(@case.RegistrationIndex), now, Author, @case.Id,
            letter.DocumentId, cancellationToken);

        var pdf = _templates.Render("letter", Data(signal, @case, entry.RegistrationIndex, now, letter));
        if (_certificate.Value is { } certificate)
        {
            pdf = await new PdfSigner(certificate, time, timestamps).SignTimestampedIfPossibleAsync(
                pdf,
                e => Untimestamped((ILogger?)logger ?? NullLogger.Instance, @case.RegistrationIndex, e.Message),
                new PdfSignatureAppearance
                {
                    Reason = "Отговор на сигнал " + @case.RegistrationIndex,
                    Location = "София",
                });
        }

        await using var documents = DocumentDbContext.On(db.Database.GetDbConnection());
        await documents.Database.UseTransactionAsync(transaction, cancellationToken);
        var library = new DocumentLibrary(documents, store, time);
        var name = string.Create(CultureInfo.InvariantCulture, $"otgovor-{entry.Year}-{entry.Sequence}.pdf");
        await using var upload = new Upload(name, MediaTypes.Pdf, new MemoryStream(pdf, writable: false));
        await library.AddAsync(letter.DocumentId, @case.Id.ToString(), Author, upload, cancellationToken);
        return entry;
    }

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }

    private string OutgoingRegister(RegistrationIndexFormat format) =>
        catalogue.Options.Letter.Register
        ?? format.Registers.FirstOrDefault(r => r.Direction == RegisterDirection.Outgoing)?.Code
        ?? format.Registers.FirstOrDefault(r => r.Direction is null)?.Code
        ?? throw new InvalidOperationException(
            "No register takes outgoing documents; configure one (Registration:Registers) or Signals:Letter:Register.");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The response letter to {Index} went out signed without a timestamp: {Reason}")]
    private static partial void Untimestamped(ILogger logger, string index, string reason);

    private static SigningCertificate? Load(SignalLetterOptions options) =>
        string.IsNullOrWhiteSpace(options.CertificatePath)
            ? null
            : SigningCertificate.Load(options.CertificatePath, options.CertificatePassword);
}
