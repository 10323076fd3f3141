namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>Why an identifier was rejected, in the order the checks run.</summary>
public enum IdentifierError
{
    /// <summary>Nothing was entered, or only white space.</summary>
    Empty,

    /// <summary>A character other than the digits 0-9.</summary>
    NotDigits,

    /// <summary>Digits only, but too few or too many.</summary>
    WrongLength,

    /// <summary>The first six digits of an ЕГН are no real birth date.</summary>
    BadDate,

    /// <summary>The check digit does not follow from the others: usually a mistyped digit.</summary>
    BadCheckDigit,
}
