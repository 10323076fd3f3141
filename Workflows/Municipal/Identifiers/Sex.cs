namespace CaseSystem.Workflows.Municipal.Identifiers;

/// <summary>The sex an ЕГН records: its ninth digit is even for a man and odd for a woman.</summary>
public enum Sex
{
    Male,
    Female,
}
