using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// The register of incoming and outgoing documents: each registration takes the next sequence of its register
/// and year and writes its entry in the same transaction, so a number is given exactly when its entry exists.
/// </summary>
public sealed partial class DocumentRegister(
    MunicipalDbContext db, RegistrationIndexFormat format, TimeProvider time, ILogger<DocumentRegister> logger)
{
    /// <summary>
    /// Registers a document under the next index of <paramref name="registerCode"/>; the index shows
    /// <paramref name="date"/> in the municipality's time zone, and that date's year numbers it. Joins the
    /// context's transaction when one is open (the caller commits), else commits one of its own.
    /// </summary>
    /// <exception cref="ArgumentException">The register is not configured, or does not take this direction.
    /// </exception>
    public async Task<RegisterEntryRecord> RegisterAsync(
        RegisterDirection direction, string registerCode, string correspondent, string subject,
        DateTimeOffset date, string createdBy, Guid? caseId = null, Guid? documentId = null,
        CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (own)
        {
            var entry = await AddEntryAsync(
                direction, registerCode, correspondent, subject, date, createdBy, caseId, documentId,
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            Log.DocumentRegistered(logger, entry.RegistrationIndex, entry.Id, entry.CaseId);
            return entry;
        }
    }

    /// <summary>Numbers the entry and adds it to the context, unsaved, inside the caller's transaction.</summary>
    internal async Task<RegisterEntryRecord> AddEntryAsync(
        RegisterDirection direction, string registerCode, string correspondent, string subject,
        DateTimeOffset date, string createdBy, Guid? caseId, Guid? documentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(correspondent);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var register = format.Register(registerCode);
        if (register.Direction is { } only && only != direction)
        {
            throw new ArgumentException(
                $"Register {register.Code} ({register.Name}) takes {only} documents only, not {direction}.",
                nameof(direction));
        }

        var localDate = format.LocalDate(date);
        var sequence = await SequenceAllocator.NextAsync(db, register.Code, localDate.Year, cancellationToken);
        var index = format.Create(register.Code, sequence, localDate);
        var entry = new RegisterEntryRecord
        {
            Id = Guid.NewGuid(),
            RegisterCode = register.Code,
            Year = localDate.Year,
            Sequence = sequence,
            RegistrationIndex = index.ToString(),
            Direction = direction,
            Date = localDate,
            Correspondent = correspondent,
            Subject = subject,
            CaseId = caseId,
            DocumentId = documentId,
            CreatedBy = createdBy,
            SearchText = RegisterEntryRecord.Search(index.ToString(), correspondent, subject),

            // Stored in UTC whatever the clock's offset: PostgreSQL's timestamptz takes nothing else.
            CreatedAt = time.GetUtcNow().ToUniversalTime(),
        };
        db.RegisterEntries.Add(entry);
        return entry;
    }
}
