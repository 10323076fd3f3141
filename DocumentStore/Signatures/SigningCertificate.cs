using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// The municipality's signing certificate with its private key, and the CA certificates that came with it in the
/// PKCS#12 file, which go into every signature so a verifier can build the chain.
/// </summary>
public sealed class SigningCertificate : IDisposable
{
    private SigningCertificate(X509Certificate2 certificate, X509Certificate2Collection chain)
    {
        Certificate = certificate;
        Chain = chain;
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Chain { get; }

    /// <summary>Reads a PKCS#12 (.p12, .pfx) file; exactly one of its certificates must carry a private key.</summary>
    public static SigningCertificate Load(string path, string? password)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        var all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password);
        var withKey = all.Where(c => c.HasPrivateKey).ToList();
        if (withKey.Count != 1)
        {
            foreach (var certificate in all)
            {
                certificate.Dispose();
            }

            throw new InvalidOperationException(
                $"'{path}' holds {withKey.Count} certificates with a private key; a signing file needs exactly one.");
        }

        var chain = new X509Certificate2Collection();
        chain.AddRange(all.Where(c => !c.HasPrivateKey).ToArray());
        return new SigningCertificate(withKey[0], chain);
    }

    public static SigningCertificate From(X509Certificate2 certificate, params X509Certificate2[] chain)
    {
        ArgumentNullException.ThrowIfNull(certificate);

        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("A signing certificate needs its private key.", nameof(certificate));
        }

        return new SigningCertificate(certificate, [.. chain]);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        foreach (var certificate in Chain)
        {
            certificate.Dispose();
        }
    }
}
