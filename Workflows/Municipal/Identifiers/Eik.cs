namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>
/// ЕИК (БУЛСТАТ), the unified identification code of a legal entity: 9 digits, or 13 for a branch or unit,
/// whose first 9 are the code of the entity it belongs to. Each form ends in a check digit.
/// </summary>
/// <remarks>
/// The check digits, as the БУЛСТАТ register publishes them: the ninth is the sum of digits 1-8 weighted 1..8,
/// mod 11; if that is 10, the weights 3..10 instead; if still 10, it is 0. The thirteenth is the sum of digits
/// 9-12 weighted 2, 7, 3, 5, mod 11; if 10, the weights 4, 9, 5, 7; if still 10, it is 0.
/// </remarks>
public sealed record Eik
{
    private static readonly int[] First = [1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly int[] FirstAgain = [3, 4, 5, 6, 7, 8, 9, 10];
    private static readonly int[] Branch = [2, 7, 3, 5];
    private static readonly int[] BranchAgain = [4, 9, 5, 7];

    private Eik(string value) => Value = value;

    /// <summary>The 9 or 13 digits, without white space.</summary>
    public string Value { get; }

    /// <summary>Whether this is the 13-digit code of a branch or unit.</summary>
    public bool IsBranch => Value.Length == 13;

    /// <summary>The 9-digit code of the entity itself: the whole code, or the first 9 digits of a branch's.</summary>
    public string Entity => Value[..9];

    /// <summary>Checks the number typed into a form; white space anywhere in it is ignored.</summary>
    public static IdentifierCheck<Eik> Check(string? input)
    {
        var value = Digits.Clean(input);
        if (Digits.Screen<Eik>(IdentifierKind.Eik, value, 9, 13) is { } failure)
        {
            return failure;
        }

        var valid = CheckDigit(value, 0, First, FirstAgain) == Digits.At(value, 8)
            && (value.Length == 9 || CheckDigit(value, 8, Branch, BranchAgain) == Digits.At(value, 12));
        return valid
            ? IdentifierCheck<Eik>.Valid(IdentifierKind.Eik, new Eik(value))
            : IdentifierCheck<Eik>.Invalid(IdentifierKind.Eik, IdentifierError.BadCheckDigit, value);
    }

    public static bool IsValid(string? input) => Check(input).IsValid;

    public override string ToString() => Value;

    private static int CheckDigit(string value, int start, int[] weights, int[] weightsAgain)
    {
        var check = Digits.WeightedSum(value, start, weights) % 11;
        if (check == 10)
        {
            check = Digits.WeightedSum(value, start, weightsAgain) % 11 % 10;
        }

        return check;
    }
}
