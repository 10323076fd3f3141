using System.Globalization;
using System.Security.Claims;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Host.Localization;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Registration;

namespace CaseSystem.Host.Cases;

/// <summary>
/// What a person typed to register a document by hand: text from a form or a JSON body, unchecked; the case is
/// given by its id or its registration index.
/// </summary>
public sealed record ManualEntry(string? Direction, string? Register, string? Correspondent, string? Subject,
    string? Date, string? Case, string? DocumentId);

/// <summary>
/// Registers documents in the register of incoming and outgoing documents for the host: by hand (a clerk, the API)
/// with every field checked and each problem named by its field, and a citizen's upload to their case.
/// </summary>
public sealed class RegisterDesk(
    DocumentRegister register, RegistrationIndexFormat format, CaseService cases, DocumentLibrary library,
    TimeProvider time)
{
    /// <summary>The subject of a citizen's upload in the register; the register is kept in Bulgarian.</summary>
    public static string UploadSubject(string caseIndex, string fileName) =>
        $"Документ към преписка {caseIndex}: {fileName}";

    /// <exception cref="RegisterEntryException">A field cannot be taken; each problem is named by its field.
    /// </exception>
    public async Task<RegisterLine> RegisterAsync(ClaimsPrincipal user, ManualEntry input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        void Problem(string field, string key) => errors.TryAdd(field, Ui.Text(key, CultureInfo.CurrentUICulture));

        RegisterDirection? direction = Enum.TryParse<RegisterDirection>(input.Direction?.Trim(), true, out var d)
            && Enum.IsDefined(d) && !int.TryParse(input.Direction, out _) ? d : null;
        if (direction is null)
        {
            Problem("direction", "docreg.error.direction");
        }

        var definition = Register(input.Register, direction, Problem);
        var correspondent = Text(input.Correspondent, 300, "correspondent", Problem);
        var subject = Text(input.Subject, 500, "subject", Problem);
        var at = Date(input.Date, Problem);
        var (matter, caseUnseen) = await CaseAsync(user, input.Case, Problem, cancellationToken);
        var documentId = await DocumentAsync(input.DocumentId, matter, Problem, cancellationToken);

        if (errors.Count > 0)
        {
            throw new RegisterEntryException(errors, caseUnseen);
        }

        var entry = await register.RegisterAsync(direction!.Value, definition!.Code, correspondent!, subject!, at,
            user.Identity?.Name ?? "unknown", matter?.Id, documentId, cancellationToken);
        return new RegisterLine(entry, matter?.RegistrationIndex);
    }

    /// <summary>A citizen's upload, entered in the incoming register as a document received for their case.
    /// </summary>
    public Task<RegisterEntryRecord> RegisterUploadAsync(CaseRecord matter, DocumentRecord document,
        string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentNullException.ThrowIfNull(document);

        return register.RegisterAsync(RegisterDirection.Incoming, format.IncomingRegister, matter.ApplicantName,
            UploadSubject(matter.RegistrationIndex, document.Name), time.GetUtcNow(), author, matter.Id,
            document.Id, cancellationToken);
    }

    private RegisterDefinition? Register(string? code, RegisterDirection? direction,
        Action<string, string> problem)
    {
        if (direction is not { } dir)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return format.DefaultRegister(dir);
        }

        var definition = format.Registers.FirstOrDefault(r =>
            string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            problem("register", "docreg.error.register");
        }
        else if (definition.Direction is { } only && only != dir)
        {
            problem("register", "docreg.error.register-direction");
        }

        return definition;
    }

    private static string? Text(string? value, int limit, string field, Action<string, string> problem)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > limit)
        {
            problem(field, "docreg.error." + field);
            return null;
        }

        return text;
    }

    /// <summary>
    /// Now when no date is given or it is today; a past date is taken at noon in Sofia, so that it is that date
    /// there whatever the offset. A date after today is refused: nothing is received or sent tomorrow.
    /// </summary>
    private DateTimeOffset Date(string? value, Action<string, string> problem)
    {
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(value))
        {
            return now;
        }

        var today = format.LocalDate(now);
        DateOnly? date = DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var day)
            ? day
            : DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
                ? format.LocalDate(instant)
                : null;
        if (date is not { } local || local > today)
        {
            problem("date", "docreg.error.date");
            return now;
        }

        if (local == today)
        {
            return now;
        }

        var noon = local.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(noon, format.TimeZone.GetUtcOffset(noon));
    }

    private async Task<(CaseRecord? Case, bool Unseen)> CaseAsync(ClaimsPrincipal user, string? value,
        Action<string, string> problem, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, false);
        }

        var matter = Guid.TryParse(value.Trim(), out var id)
            ? await cases.FindAsync(id, cancellationToken)
            : await cases.FindByIndexAsync(value, cancellationToken);
        if (matter is not null && CaseAccess.CanSee(user, matter))
        {
            return (matter, false);
        }

        // Not found and not the user's to see read the same, so the case's existence is not revealed.
        problem("caseId", "docreg.error.case");
        return (null, true);
    }

    private async Task<Guid?> DocumentAsync(string? value, CaseRecord? matter, Action<string, string> problem,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (matter is null || !Guid.TryParse(value.Trim(), out var id))
        {
            problem("documentId", "docreg.error.document");
            return null;
        }

        try
        {
            var document = await library.GetAsync(id, cancellationToken);
            if (Guid.TryParse(document.CaseId, out var owner) && owner == matter.Id)
            {
                return id;
            }
        }
        catch (DocumentUnavailableException)
        {
            // Missing or deleted: said beside the field below.
        }

        problem("documentId", "docreg.error.document");
        return null;
    }
}

/// <summary>A document cannot be registered as given: each problem, in the request's language, by its field.
/// </summary>
public sealed class RegisterEntryException : Exception
{
    public RegisterEntryException()
    {
    }

    public RegisterEntryException(string message)
        : base(message)
    {
    }

    public RegisterEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RegisterEntryException(IReadOnlyDictionary<string, string> errors, bool caseUnseen)
        : base(string.Join(" ", errors.Values))
    {
        Errors = errors;
        CaseUnseen = caseUnseen;
    }

    public IReadOnlyDictionary<string, string> Errors { get; } = new Dictionary<string, string>();

    /// <summary>The case given is none the user may see (or none at all).</summary>
    public bool CaseUnseen { get; }

    /// <summary>Nothing else was wrong but the case: answered as a case not found (404), as elsewhere.</summary>
    public bool OnlyCaseUnseen => CaseUnseen && Errors.Count == 1;
}
