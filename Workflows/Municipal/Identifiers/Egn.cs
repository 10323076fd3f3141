namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>
/// ЕГН, the personal number: <c>YYMMDDSSSC</c>. The month carries the century (+20 for births in the 1800s, +40
/// for the 2000s), the ninth digit the sex, and the last digit is a check digit over the first nine.
/// This is personal data: never log it.
/// </summary>
public sealed record Egn
{
    private static readonly int[] Weights = [2, 4, 8, 5, 10, 9, 7, 3, 6];

    private Egn(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    /// <summary>The ten digits, without white space.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    /// <summary>Checks the number typed into a form; white space anywhere in it is ignored.</summary>
    public static IdentifierCheck<Egn> Check(string? input)
    {
        var value = Digits.Clean(input);
        if (Digits.Screen<Egn>(IdentifierKind.Egn, value, 10) is { } failure)
        {
            return failure;
        }

        if (BirthDateOf(value) is not { } birthDate)
        {
            return IdentifierCheck<Egn>.Invalid(IdentifierKind.Egn, IdentifierError.BadDate, value);
        }

        // A remainder of 10 cannot be one digit, and the rule reads it as 0.
        var check = Digits.WeightedSum(value, 0, Weights) % 11 % 10;
        if (check != Digits.At(value, 9))
        {
            return IdentifierCheck<Egn>.Invalid(IdentifierKind.Egn, IdentifierError.BadCheckDigit, value);
        }

        var sex = Digits.At(value, 8) % 2 == 0 ? Sex.Male : Sex.Female;
        return IdentifierCheck<Egn>.Valid(IdentifierKind.Egn, new Egn(value, birthDate, sex));
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    public override string ToString() => Value;

    private static DateOnly? BirthDateOf(string value)
    {
        var year = Digits.At(value, 0) * 10 + Digits.At(value, 1);
        var month = Digits.At(value, 2) * 10 + Digits.At(value, 3);
        var day = Digits.At(value, 4) * 10 + Digits.At(value, 5);
        (year, month) = month switch
        {
            >= 1 and <= 12 => (1900 + year, month),
            >= 21 and <= 32 => (1800 + year, month - 20),
            >= 41 and <= 52 => (2000 + year, month - 40),
            _ => (0, 0),
        };

        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
