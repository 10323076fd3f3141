namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>The Bulgarian identifiers a citizen or a business types into a form.</summary>
public enum IdentifierKind
{
    /// <summary>ЕГН, the personal number of a Bulgarian citizen or a permanent resident.</summary>
    Egn,

    /// <summary>ЛНЧ, the personal number of a foreigner.</summary>
    Lnch,

    /// <summary>ЕИК or БУЛСТАТ, the number of a company or another legal entity, 9 or 13 digits.</summary>
    Eik,
}
