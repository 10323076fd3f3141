namespace CaseSystem.Host;

/// <summary>
/// Where the host reads <c>appsettings.json</c>: the current directory when it holds one (a published host started
/// in its folder, the tests), else the build's output beside the program, so that
/// <c>dotnet run --project Engine.Host</c> from the repository's root finds its settings while relative paths on
/// its command line (<c>--data</c>, a FILE) stay relative to where it was run.
/// </summary>
internal static class ContentRoot
{
    public static string? WhenRunFromElsewhere() =>
        !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))
        && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            ? AppContext.BaseDirectory
            : null;
}
