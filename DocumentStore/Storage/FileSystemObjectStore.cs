namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Objects as files under a root folder (<c>sha256/ab/cd/abcd…</c>). Content is written to a temporary file in the
/// same root and moved into place once its hash is known, so an object file is always complete.
/// </summary>
public sealed class FileSystemObjectStore : IObjectStore
{
    private readonly string _root;
    private readonly string _incoming;

    public FileSystemObjectStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);

        // Same volume as the objects, so the final move is a rename, which is atomic.
        _incoming = Path.Combine(_root, "incoming");
        Directory.CreateDirectory(_incoming);
    }

    public async Task<StoredObject> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temporary = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        try
        {
            ContentAddress address;
            await using (var file = new FileStream(
                temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, ContentHashing.BufferSize,
                FileOptions.Asynchronous))
            {
                address = await ContentHashing.CopyAsync(content, file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            var target = PathOf(address);
            if (File.Exists(target))
            {
                return new StoredObject(address, Created: false);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another writer stored the same content first; its copy stays, never overwritten.
                return new StoredObject(address, Created: false);
            }

            return new StoredObject(address, Created: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<Stream> OpenReadAsync(
        ContentAddress address, ByteRange? range = null, CancellationToken cancellationToken = default)
    {
        var file = OpenStored(address) ?? throw new ObjectIntegrityException(address, ObjectState.Missing);
        try
        {
            // FileShare.Read: nobody can write the file between this check and the caller's reads.
            var state = await ContentHashing.CheckAsync(file, address, cancellationToken);
            if (state != ObjectState.Intact)
            {
                throw new ObjectIntegrityException(address, state);
            }

            var part = (range ?? new ByteRange(0, address.Length)).Within(address.Length);
            return new RangeStream(file, part);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public Task<bool> ExistsAsync(ContentAddress address, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathOf(address)));

    public async Task<ObjectState> CheckAsync(ContentAddress address, CancellationToken cancellationToken = default)
    {
        var file = OpenStored(address);
        if (file is null)
        {
            return ObjectState.Missing;
        }

        await using (file)
        {
            return await ContentHashing.CheckAsync(file, address, cancellationToken);
        }
    }

    private FileStream? OpenStored(ContentAddress address)
    {
        try
        {
            return new FileStream(
                PathOf(address), FileMode.Open, FileAccess.Read, FileShare.Read, ContentHashing.BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private string PathOf(ContentAddress address) =>
        Path.Combine(_root, address.Key.Replace('/', Path.DirectorySeparatorChar));
}
