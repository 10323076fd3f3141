using System.Diagnostics;

namespace CaseSystem.Host.Tests.Cli;

/// <summary>The real host process: standard output carries the workflow's lines and nothing else.</summary>
public sealed class HostProcessTests
{
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
