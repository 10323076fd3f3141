using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Cli;

/// <summary>The host's verbs for administrators and scripts. Each returns the process exit code.</summary>
public static class CommandLine
{
    /// <summary>Exit code for a command line that could not be understood.</summary>
    public const int UsageError = 64;

    private const string Usage = """
        Usage:
          CaseSystem.Host                                  serve (the embedded default)
          CaseSystem.Host workflows run FILE [--input JSON]
                                                           run a definition file in memory
          CaseSystem.Host documents verify FILE [--detached SIGNATURE] [--trust CA_PEM]...
                                                           verify a signature; JSON out, exit 0 only when valid
          CaseSystem.Host documents render TEMPLATE --data JSON|@FILE --out FILE [--sign]
                                                           a PDF from case data (inline JSON, or @ and a file);
                                                           TEMPLATE is receipt, certificate, decision or letter;
                                                           --sign uses Signing:CertificatePath and
                                                           Signing:CertificatePassword (appsettings.json, or
                                                           Signing__CertificatePath and so on in the
                                                           environment); the embedded default, given none,
                                                           its demonstration certificate
          CaseSystem.Host accounts add EMAIL --name NAME --role ROLE [--department CODE]
                                                           an account in the configured database; ROLE is
                                                           administrator, supervisor, clerk or citizen; the
                                                           password from CASESYSTEM_PASSWORD or standard input
        """;

    public static bool HasVerb(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        return args.Length > 0 && !args[0].StartsWith('-');
    }

    /// <summary>
    /// Runs a verb with the host's settings: <c>appsettings.json</c> beside the program, then environment variables
    /// (<c>Signing__CertificatePath</c>); the embedded default signs with its demonstration certificate, made
    /// in its data folder the first time something is signed.
    /// </summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var settings = new ConfigurationManager();
        settings.SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        if (args is ["documents", "render", ..] && args.Contains("--sign"))
        {
            settings.AddDemoSigningWhenEmbedded();
        }

        return RunAsync(args, output, errors, settings);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, IConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);

        return args switch
        {
            ["workflows", "run", .. var rest] => await WorkflowsRunCommand.RunAsync(rest, output, errors),
            ["documents", "verify", .. var rest] => await DocumentsVerifyCommand.RunAsync(rest, output, errors),
            ["documents", "render", .. var rest] =>
                await DocumentsRenderCommand.RunAsync(rest, output, errors, settings),
            ["accounts", "add", .. var rest] =>
                await AccountsAddCommand.RunAsync(rest, Console.In, output, errors, settings),
            _ => Fail(errors, $"Unknown command '{string.Join(' ', args)}'.\n{Usage}"),
        };
    }

    internal static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine(message);
        return UsageError;
    }
}
