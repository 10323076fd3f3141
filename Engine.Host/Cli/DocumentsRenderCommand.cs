using System.Security.Cryptography;
using System.Text.Json;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.DocumentStore.Templates;
using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Cli;

/// <summary>
/// <c>documents render TEMPLATE --data JSON --out FILE [--sign]</c>: a receipt, certificate, decision or letter
/// as a PDF from case data given inline or as <c>@path</c>. With --sign it is signed (invisibly) with the
/// certificate that <c>Signing:CertificatePath</c> and <c>Signing:CertificatePassword</c> name, and timestamped
/// by the authority of <c>Signing:TimestampUrl</c> when one is set (a timestamp that fails fails the command).
/// </summary>
internal static class DocumentsRenderCommand
{
    public const string CertificatePathKey = MunicipalSigning.PathKey;
    public const string CertificatePasswordKey = MunicipalSigning.PasswordKey;

    private const string Synopsis = "documents render TEMPLATE --data JSON|@FILE --out FILE [--sign]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, IConfiguration settings)
    {
        if (!TryParse(args, out var request, out var problem))
        {
            return CommandLine.Fail(errors, problem!);
        }

        string json;
        try
        {
            json = request.Data.StartsWith('@') ? await File.ReadAllTextAsync(request.Data[1..]) : request.Data;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandLine.Fail(errors, $"Cannot read the data file '{request.Data[1..]}': {e.Message}");
        }

        byte[] pdf;
        try
        {
            using var data = JsonDocument.Parse(json);
            pdf = new DocumentTemplates().Render(request.Template, data.RootElement);
        }
        catch (JsonException e)
        {
            return CommandLine.Fail(errors,
                $"--data must be a JSON object, inline or as @file, for example '{{\"unit\":\"...\"}}': {e.Message}");
        }
        catch (DocumentDataException e)
        {
            var change = e.Field is null ? "Change --data." : "Add it to --data.";
            return CommandLine.Fail(errors, $"{e.Message} {change}");
        }

        if (request.Sign)
        {
            var (signed, failure) = await SignAsync(pdf, settings);
            if (signed is null)
            {
                return CommandLine.Fail(errors, failure!);
            }

            pdf = signed;
        }

        try
        {
            await File.WriteAllBytesAsync(request.Out, pdf);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommandLine.Fail(errors, $"Cannot write '{request.Out}': {e.Message}");
        }

        var note = request.Sign ? ", signed" : "";
        await output.WriteLineAsync($"{request.Out}: {request.Template}, {pdf.Length} bytes{note}");
        await output.FlushAsync();
        return 0;
    }

    private static async Task<(byte[]? Signed, string? Problem)> SignAsync(byte[] pdf, IConfiguration settings)
    {
        var path = settings[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return (null, $"--sign needs a signing certificate: set {CertificatePathKey} to a PKCS#12 file and "
                + $"{CertificatePasswordKey} to its password (environment: Signing__CertificatePath, "
                + "Signing__CertificatePassword).");
        }

        Uri? timestamps;
        try
        {
            timestamps = MunicipalSigning.TimestampUrl(settings);
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message);
        }

        try
        {
            using var certificate = SigningCertificate.Load(path, settings[CertificatePasswordKey]);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var authority = timestamps is null ? null : new HttpTimestampAuthority(http, timestamps);
            return (await new PdfSigner(certificate, timestamps: authority).SignAsync(pdf), null);
        }
        catch (TimestampException e)
        {
            return (null, $"Cannot timestamp the signature ({MunicipalSigning.TimestampUrlKey}): {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException
                                      or InvalidOperationException)
        {
            return (null, $"Cannot sign with '{path}' ({CertificatePathKey}); check the file and "
                + $"{CertificatePasswordKey}: {e.Message}");
        }
    }

    private static bool TryParse(string[] args, out Request request, out string? problem)
    {
        (request, problem) = (new Request("", "", "", false), null);
        string? template = null, data = null, file = null;
        var sign = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length && data is null:
                    data = args[++i];
                    break;
                case "--out" when i + 1 < args.Length && file is null:
                    file = args[++i];
                    break;
                case "--sign":
                    sign = true;
                    break;
                case "--data" or "--out":
                    problem = $"{args[i]} needs one value after it, once: {Synopsis}.";
                    return false;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    problem = $"Unknown option '{option}'; the options are: --data JSON|@FILE, --out FILE, --sign.";
                    return false;
                case var name when template is null:
                    template = name;
                    break;
                default:
                    problem = $"Only one template can be rendered at a time; '{args[i]}' is one too many.";
                    return false;
            }
        }

        if (template is null || data is null || file is null)
        {
            problem = $"Name the template, the data and the output file: {Synopsis}; "
                + $"the templates are: {string.Join(", ", DocumentTemplates.Names)}.";
            return false;
        }

        if (!DocumentTemplates.Names.Contains(template, StringComparer.Ordinal))
        {
            problem = $"There is no template '{template}'; "
                + $"the templates are: {string.Join(", ", DocumentTemplates.Names)}.";
            return false;
        }

        request = new Request(template, data, file, sign);
        return true;
    }

    private sealed record Request(string Template, string Data, string Out, bool Sign);
}
