using System.Globalization;

namespace CaseSystem.Tasks.Bench.Seeding;

/// <summary>
/// Who the seeded tasks belong to: users <c>user-00001@sofia.example</c> onwards, user n in department
/// <c>dept-((n - 1) mod departments + 1)</c>, so every department has the same number of clerks.
/// </summary>
internal sealed record Population(int Tasks, int Users, int Departments)
{
    public static string UserName(int user) =>
        string.Create(CultureInfo.InvariantCulture, $"user-{user:D5}@sofia.example");

    public string DepartmentOf(int user) =>
        string.Create(CultureInfo.InvariantCulture, $"dept-{(user - 1) % Departments + 1:D2}");
}
