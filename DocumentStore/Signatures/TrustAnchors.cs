using System.Security.Cryptography.X509Certificates;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// The root certificates a signature's chain must reach: the national trusted list in production, a test CA in
/// tests. Configuration, never the machine's own store.
/// </summary>
public sealed class TrustAnchors
{
    private TrustAnchors(X509Certificate2Collection roots) => Roots = roots;

    public X509Certificate2Collection Roots { get; }

    public static TrustAnchors None { get; } = new([]);

    public static TrustAnchors Of(params X509Certificate2[] roots) => new([.. roots]);

    /// <summary>Reads every certificate of each PEM file (a file may hold several).</summary>
    public static TrustAnchors FromPemFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);

        var roots = new X509Certificate2Collection();
        foreach (var path in paths)
        {
            var before = roots.Count;
            roots.ImportFromPemFile(path);
            if (roots.Count == before)
            {
                throw new InvalidOperationException($"'{path}' holds no PEM certificate.");
            }
        }

        return new TrustAnchors(roots);
    }
}
