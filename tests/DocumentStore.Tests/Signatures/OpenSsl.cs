using System.Diagnostics;

namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>The <c>openssl</c> command line: a CMS implementation we did not write.</summary>
internal static class OpenSsl
{
    public static (int Code, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors.Result);
    }
}
