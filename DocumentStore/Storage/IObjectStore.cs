namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Content-addressed object storage. An object is stored once under the SHA-256 of its content and never
/// overwritten with other bytes; every read checks the hash and length, so a changed or truncated object is
/// reported and never delivered complete (a backend may deliver a damaged object's start before the check fails,
/// as <see cref="S3ObjectStore"/> does beyond its last MiB; see <see cref="OpenReadAsync"/>).
/// </summary>
public interface IObjectStore
{
    /// <summary>Stores the stream's content, hashing it while it streams, in bounded memory.</summary>
    Task<StoredObject> PutAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the object, or the part of it in <paramref name="range"/>, checking its hash and length. A range is
    /// checked before its first byte. A whole object is checked before its last bytes: the file system checks
    /// first; S3 delivers while it hashes and holds the last MiB (all of a smaller object) back until the check.
    /// </summary>
    /// <exception cref="ObjectIntegrityException">
    /// The object is missing, truncated or changed: on open, or, for a whole S3 object larger than a MiB whose
    /// damage only the hash shows, from a read before its last MiB.
    /// </exception>
    Task<Stream> OpenReadAsync(
        ContentAddress address, ByteRange? range = null, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(ContentAddress address, CancellationToken cancellationToken = default);

    /// <summary>Reads the whole object and says whether it is intact.</summary>
    Task<ObjectState> CheckAsync(ContentAddress address, CancellationToken cancellationToken = default);
}
