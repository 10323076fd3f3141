using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// Writes and reads registration indexes in the configured format, and knows the configured registers and the
/// municipality's time zone. Built once; configuration errors surface at start, naming the setting to fix.
/// </summary>
public sealed partial class RegistrationIndexFormat
{
    private readonly Dictionary<string, RegisterDefinition> _registers;

    public RegistrationIndexFormat(IOptions<RegistrationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;

        if (!LettersOnly().IsMatch(settings.Prefix))
        {
            throw Invalid($"Prefix must be letters only (e.g. СОА), not '{settings.Prefix}'.");
        }

        Prefix = settings.Prefix.ToUpperInvariant();
        _registers = new Dictionary<string, RegisterDefinition>(StringComparer.Ordinal);
        foreach (var register in settings.Registers)
        {
            var code = register.Code.ToUpperInvariant();
            if (!RegisterCodeShape().IsMatch(code))
            {
                throw Invalid($"Registers: code '{register.Code}' must be letters and digits only (e.g. РД09).");
            }

            var normalised = new RegisterDefinition
            {
                Code = code, Name = register.Name, Direction = register.Direction,
            };
            if (!_registers.TryAdd(code, normalised))
            {
                throw Invalid($"Registers: code '{register.Code}' is configured twice.");
            }
        }

        IncomingRegister = settings.IncomingRegister.ToUpperInvariant();
        if (!_registers.TryGetValue(IncomingRegister, out var incoming)
            || incoming.Direction == RegisterDirection.Outgoing)
        {
            throw Invalid($"IncomingRegister '{settings.IncomingRegister}' must be one of the configured Registers "
                + "that takes incoming documents.");
        }

        try
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw Invalid($"TimeZone '{settings.TimeZone}' is not known on this machine ({e.Message}).");
        }
    }

    public string Prefix { get; }

    /// <summary>The register code where opened cases are numbered.</summary>
    public string IncomingRegister { get; }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyCollection<RegisterDefinition> Registers => _registers.Values;

    /// <summary>
    /// Where a document of this direction is registered when nobody names a register: the incoming register for
    /// incoming documents; for outgoing ones, the first register that takes only outgoing documents, else the first
    /// that takes both.
    /// </summary>
    /// <exception cref="InvalidOperationException">No register takes outgoing documents.</exception>
    public RegisterDefinition DefaultRegister(RegisterDirection direction) => direction == RegisterDirection.Incoming
        ? _registers[IncomingRegister]
        : Registers.FirstOrDefault(r => r.Direction == RegisterDirection.Outgoing)
            ?? Registers.FirstOrDefault(r => r.Direction is null)
            ?? throw Invalid("no register takes outgoing documents; add one to Registers.");

    public RegistrationIndex Create(string registerCode, int sequence, DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return new RegistrationIndex(Prefix, Register(registerCode).Code, sequence, date);
    }

    /// <summary>The date of an instant in the municipality's time zone: the date an index shows.</summary>
    public DateOnly LocalDate(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    /// <exception cref="ArgumentException">No register has this code.</exception>
    public RegisterDefinition Register(string registerCode)
    {
        ArgumentNullException.ThrowIfNull(registerCode);
        return _registers.TryGetValue(registerCode.ToUpperInvariant(), out var register)
            ? register
            : throw new ArgumentException(
                $"No register has the code '{registerCode}'; configured: {string.Join(", ", _registers.Keys)}.",
                nameof(registerCode));
    }

    /// <summary>
    /// Reads an index as a citizen may type it: spaces anywhere and any letter case are forgiven; the prefix must
    /// be this municipality's and the two-digit year must match the date's year.
    /// </summary>
    public bool TryParse(string? text, out RegistrationIndex index)
    {
        index = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!compact.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var match = Body().Match(compact[Prefix.Length..]);
        if (!match.Success
            || !int.TryParse(match.Groups["sequence"].Value, NumberStyles.None, CultureInfo.InvariantCulture,
                out var sequence)
            || sequence == 0
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date)
            || date.Year % 100 != int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture))
        {
            return false;
        }

        index = new RegistrationIndex(Prefix, match.Groups["register"].Value, sequence, date);
        return true;
    }

    private static InvalidOperationException Invalid(string problem) =>
        new($"Configuration section '{RegistrationOptions.SectionName}': {problem}");

    [GeneratedRegex(@"^\p{L}+$")]
    private static partial Regex LettersOnly();

    [GeneratedRegex(@"^[\p{L}\p{Nd}]+$")]
    private static partial Regex RegisterCodeShape();

    [GeneratedRegex(@"^(?<year>\d{2})-(?<register>[\p{L}\p{Nd}]+)-(?<sequence>\d{1,9})/(?<date>\d{2}\.\d{2}\.\d{4})$")]
    private static partial Regex Body();
}
