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
        """;

    public static bool HasVerb(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        return args.Length > 0 && !args[0].StartsWith('-');
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);

        return args switch
        {
            ["workflows", "run", .. var rest] => await WorkflowsRunCommand.RunAsync(rest, output, errors),
            ["documents", "verify", .. var rest] => await DocumentsVerifyCommand.RunAsync(rest, output, errors),
            _ => Fail(errors, $"Unknown command '{string.Join(' ', args)}'.\n{Usage}"),
        };
    }

    internal static int Fail(TextWriter errors, string message)
    {
        errors.WriteLine(message);
        return UsageError;
    }
}
