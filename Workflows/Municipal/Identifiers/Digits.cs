namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>The steps every identifier shares: clean the input, screen it, and sum weighted digits.</summary>
internal static class Digits
{
    /// <summary>
    /// Drops white space anywhere, not only at the ends: people paste numbers grouped as "131 071 587" or with
    /// a non-breaking space from a PDF, and the grouping carries no meaning.
    /// </summary>
    public static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        return string.Concat(input.Where(c => !char.IsWhiteSpace(c)));
    }

    /// <summary>The first failure of the checks every identifier shares, or null when the digits may be read.</summary>
    public static IdentifierCheck<T>? Screen<T>(IdentifierKind kind, string value, params int[] lengths)
        where T : class
    {
        if (value.Length == 0)
        {
            return IdentifierCheck<T>.Invalid(kind, IdentifierError.Empty, value);
        }

        if (!value.All(char.IsAsciiDigit))
        {
            return IdentifierCheck<T>.Invalid(kind, IdentifierError.NotDigits, value);
        }

        if (!lengths.Contains(value.Length))
        {
            return IdentifierCheck<T>.Invalid(kind, IdentifierError.WrongLength, value);
        }

        return null;
    }

    public static int At(string digits, int index) => digits[index] - '0';

    /// <summary>The sum of the digits from <paramref name="start"/> on, each times its weight.</summary>
    public static int WeightedSum(string digits, int start, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += At(digits, start + i) * weights[i];
        }

        return sum;
    }
}
