using System.Net;
using System.Diagnostics;

using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>The real host process: standard output carries the workflow's lines and nothing else.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Run_from_another_folder_the_host_finds_its_settings_and_its_pages_static_files()
    {
        // As `dotnet run --project Engine.Host` from the repository's root: no appsettings.json where it runs.
        var elsewhere = Directory.CreateTempSubdirectory("casesystem-elsewhere-").FullName;
        var data = Path.Combine(elsewhere, "data");
        try
        {
            using var host = await HostProcess.StartAsync(data, TimeSpan.FromMinutes(2), workingDirectory: elsewhere);

            var home = await host.Client.GetStringAsync(new Uri("/", UriKind.Relative));
            using var css = await host.Client.GetAsync(new Uri("/site.css", UriKind.Relative));
            using var leaflet = await host.Client.GetAsync(new Uri("/lib/leaflet/leaflet.js", UriKind.Relative));

            Assert.Contains("Столична община", home, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (css.StatusCode, leaflet.StatusCode));
            Assert.True(File.Exists(Path.Combine(data, "casesystem.db")));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task WorkflowsRun_InAProcess_PrintsExactlyTheLines_AndExitsWithTheStatus()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "implicit-loop.json");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "CaseSystem.Host.dll"), "workflows", "run", fixture,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Do something\nRetry\nDo something\nDone\n", (await output).ReplaceLineEndings("\n"));
        Assert.Contains("finished", await errors, StringComparison.Ordinal);
    }
}
