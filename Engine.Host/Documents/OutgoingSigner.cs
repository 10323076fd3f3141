using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.Host.Documents;

/// <summary>
/// Signs the municipality's outgoing PDFs (a signal's receipt) with the certificate of
/// <c>Signing:CertificatePath</c>, loaded once; without one, a PDF goes out as it is.
/// </summary>
public sealed class OutgoingSigner : IDisposable
{
    private readonly SigningCertificate? _certificate;
    private readonly TimeProvider _time;

    public OutgoingSigner(IConfiguration configuration, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var path = configuration[MunicipalSigning.PathKey];
        _certificate = string.IsNullOrWhiteSpace(path)
            ? null
            : SigningCertificate.Load(path, configuration[MunicipalSigning.PasswordKey]);
        _time = time;
    }

    public async Task<byte[]> SignAsync(byte[] pdf) =>
        _certificate is null ? pdf : await new PdfSigner(_certificate, _time).SignAsync(pdf);

    public void Dispose() => _certificate?.Dispose();
}
