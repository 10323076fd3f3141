using System.Text.Encodings.Web;
using System.Text.Json;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Cli;

/// <summary>
/// <c>documents verify FILE [--detached SIGNATURE] [--trust CA_PEM]...</c>: prints the verification result as JSON
/// on standard output. Without --detached, FILE is a signed PDF. Exit codes: 0 valid, 1 invalid, 2 indeterminate.
/// </summary>
internal static class DocumentsVerifyCommand
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Indeterminate = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,

        // Names of signers are Cyrillic; an administrator reads them, so they are not escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (!TryParse(args, out var file, out var detached, out var trust, out var problem))
        {
            return CommandLine.Fail(errors, problem!);
        }

        byte[] content;
        byte[]? signature = null;
        TrustAnchors anchors;
        try
        {
            content = await File.ReadAllBytesAsync(file!);
            if (detached is not null)
            {
                signature = await File.ReadAllBytesAsync(detached);
            }

            anchors = TrustAnchors.FromPemFiles(trust);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
                                      or System.Security.Cryptography.CryptographicException)
        {
            return CommandLine.Fail(errors, $"Cannot read the input: {e.Message}");
        }

        // Without --detached the file carries its own signature: a signed PDF.
        var verifier = new SignatureVerifier(anchors);
        var result = signature is null ? verifier.VerifyPdf(content) : verifier.VerifyDetached(content, signature);

        await output.WriteLineAsync(SignatureReport.ToJson(result).ToJsonString(Json));
        await output.FlushAsync();
        return result.Status switch
        {
            SignatureStatus.Valid => Valid,
            SignatureStatus.Invalid => Invalid,
            _ => Indeterminate,
        };
    }

    private static bool TryParse(
        string[] args,
        out string? file,
        out string? detached,
        out List<string> trust,
        out string? problem)
    {
        (file, detached, trust, problem) = (null, null, [], null);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--detached" when i + 1 < args.Length && detached is null:
                    detached = args[++i];
                    break;
                case "--trust" when i + 1 < args.Length:
                    trust.Add(args[++i]);
                    break;
                case "--detached" or "--trust":
                    problem = $"{args[i]} needs one file after it (--detached once, --trust as often as needed).";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"Unknown option '{option}'; the options are: --detached SIGNATURE, --trust CA_PEM.";
                    return false;
                case var path when file is null:
                    file = path;
                    break;
                default:
                    problem = $"Only one document can be verified at a time; '{args[i]}' is one too many.";
                    return false;
            }
        }

        if (file is null)
        {
            problem = "Name the document: documents verify FILE [--detached SIGNATURE] [--trust CA_PEM]...";
            return false;
        }

        return true;
    }
}
