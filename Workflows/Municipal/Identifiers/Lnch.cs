namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>
/// ЛНЧ, the personal number of a foreigner: ten digits, the last a check digit over the first nine (weights
/// 21, 19, 17, 13, 11, 9, 7, 3, 1, sum mod 10). Unlike an ЕГН it encodes no date or sex.
/// Personal data: never log it.
/// </summary>
public sealed record Lnch
{
    private static readonly int[] Weights = [21, 19, 17, 13, 11, 9, 7, 3, 1];

    private Lnch(string value) => Value = value;

    /// <summary>The ten digits, without white space.</summary>
    public string Value { get; }

    /// <summary>Checks the number typed into a form; white space anywhere in it is ignored.</summary>
    public static IdentifierCheck<Lnch> Check(string? input)
    {
        var value = Digits.Clean(input);
        if (Digits.Screen<Lnch>(IdentifierKind.Lnch, value, 10) is { } failure)
        {
            return failure;
        }

        if (Digits.WeightedSum(value, 0, Weights) % 10 != Digits.At(value, 9))
        {
            return IdentifierCheck<Lnch>.Invalid(IdentifierKind.Lnch, IdentifierError.BadCheckDigit, value);
        }

        return IdentifierCheck<Lnch>.Valid(IdentifierKind.Lnch, new Lnch(value));
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    public override string ToString() => Value;
}
