using CaseSystem.DocumentStore.Signatures;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Host.Documents;

/// <summary>
/// Signs the municipality's outgoing PDFs (a signal's receipt) with the certificate of
/// <c>Signing:CertificatePath</c>, loaded once; without one, a PDF goes out as it is. With a time-stamping
/// authority the signature is timestamped; while the authority is down, receipts go out signed without a
/// timestamp, and the log says so.
/// </summary>
public sealed partial class OutgoingSigner : IDisposable
{
    private readonly SigningCertificate? _certificate;
    private readonly TimeProvider _time;
    private readonly ITimestampAuthority? _timestamps;
    private readonly ILogger _logger;

    public OutgoingSigner(IConfiguration configuration, TimeProvider time, ITimestampAuthority? timestamps = null,
        ILogger<OutgoingSigner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var path = configuration[MunicipalSigning.PathKey];
        _certificate = string.IsNullOrWhiteSpace(path)
            ? null
            : SigningCertificate.Load(path, configuration[MunicipalSigning.PasswordKey]);
        _time = time;
        _timestamps = timestamps;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<byte[]> SignAsync(byte[] pdf) => _certificate is null
        ? pdf
        : await new PdfSigner(_certificate, _time, _timestamps)
            .SignTimestampedIfPossibleAsync(pdf, e => Untimestamped(_logger, e.Message));

    public void Dispose() => _certificate?.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A receipt went out signed without a timestamp: {Reason}")]
    private static partial void Untimestamped(ILogger logger, string reason);
}
