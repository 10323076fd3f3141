namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Content-addressed object storage. An object is stored once under the SHA-256 of its content and never
/// overwritten; every read checks the hash first, so a changed or truncated object is reported, never served.
/// </summary>
public interface IObjectStore
{
    /// <summary>Stores the stream's content, hashing it while it streams, in bounded memory.</summary>
    Task<StoredObject> PutAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens the object, or the part of it in <paramref name="range"/>, after checking its hash and length.
    /// </summary>
    /// <exception cref="ObjectIntegrityException">The object is missing, truncated or changed.</exception>
    Task<Stream> OpenReadAsync(
        ContentAddress address, ByteRange? range = null, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(ContentAddress address, CancellationToken cancellationToken = default);

    /// <summary>Reads the whole object and says whether it is intact.</summary>
    Task<ObjectState> CheckAsync(ContentAddress address, CancellationToken cancellationToken = default);
}
