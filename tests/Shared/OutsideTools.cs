using System.Diagnostics;

namespace CaseSystem.Tests.Shared;

/// <summary>
/// Command-line programs we did not write that check our output from outside: <c>openssl</c>, poppler's
/// <c>pdfsig</c> and <c>pdftotext</c>, NSS's <c>certutil</c>. A test that needs one the machine lacks is skipped,
/// saying which package brings it (<c>.ci/run</c> installs them all).
/// </summary>
internal static class OutsideTools
{
    public const string Pdfsig = "/usr/bin/pdfsig";
    public const string Pdftotext = "/usr/bin/pdftotext";
    public const string Certutil = "/usr/bin/certutil";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Skips the test unless both <c>pdfsig</c> and <c>certutil</c> are installed.</summary>
    public static void RequirePdfsig()
    {
        Skip.IfNot(File.Exists(Pdfsig), "pdfsig (poppler-utils) is not installed; .ci/run installs it");
        Skip.IfNot(File.Exists(Certutil), "certutil (libnss3-tools) is not installed; .ci/run installs it");
    }

    /// <summary>Skips the test unless <c>pdftotext</c> is installed.</summary>
    public static void RequirePdftotext() =>
        Skip.IfNot(File.Exists(Pdftotext), "pdftotext (poppler-utils) is not installed; .ci/run installs it");

    /// <summary>
    /// What <c>pdfsig</c> says of the PDF at <paramref name="pdf"/> when it trusts the certificate authority in
    /// <paramref name="caPem"/>, through an NSS database made for the call under <paramref name="folder"/>.
    /// </summary>
    public static (int Code, string Report) PdfsigTrusting(string pdf, string caPem, string folder)
    {
        RequirePdfsig();
        var nss = Directory.CreateDirectory(Path.Combine(folder, $"nss-{Guid.NewGuid():N}")).FullName;
        Succeed(Certutil, "-N", "-d", $"sql:{nss}", "--empty-password");
        Succeed(Certutil, "-A", "-d", $"sql:{nss}", "-n", "test-ca", "-t", "CT,C,C", "-i", caPem);
        return Run(Pdfsig, "-nssdir", $"sql:{nss}", pdf);
    }

    /// <summary>Runs <paramref name="program"/> and answers its exit code with its output and then its errors.
    /// </summary>
    public static (int Code, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{program} did not start.");
        // Both streams are read at once: a program that fills one while we wait on the other would never end.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran longer than {Patience}.");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult() + errors.GetAwaiter().GetResult());
    }

    /// <summary>Runs <paramref name="program"/>, failing the test unless it exits 0; answers its output.</summary>
    public static string Succeed(string program, params string[] arguments)
    {
        var (code, output) = Run(program, arguments);
        Assert.True(code == 0, $"{Path.GetFileName(program)} exited {code}: {output}");
        return output;
    }
}
