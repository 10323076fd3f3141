namespace CaseSystem.Host.Workflows;

/// <summary>
/// Where the embedded default keeps all its state: <c>--data DIR</c>, else the <c>CASESYSTEM_DATA</c> environment
/// variable, else <c>./data</c>.
/// </summary>
public static class DataFolder
{
    public const string EnvironmentVariable = "CASESYSTEM_DATA";

    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var folder = configuration["data"] ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? "data";
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        return full;
    }
}
