namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>A natural person (identified by ЕГН or ЛНЧ) or a company (by ЕИК/БУЛСТАТ).</summary>
public enum ApplicantKind
{
    Person,
    Company,
}
