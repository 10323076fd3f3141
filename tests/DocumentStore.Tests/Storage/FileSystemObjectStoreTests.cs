using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

// The 500 MB test measures allocations process-wide, so nothing else runs beside these tests.
[Collection(nameof(SerialStorage))]
public sealed class FileSystemObjectStoreTests : ObjectStoreContract, IDisposable
{
    private readonly string _root =
        Path.Combine(Path.GetTempPath(), "casesystem-store-" + Guid.NewGuid().ToString("N"));

    protected override IObjectStore CreateStore() => new FileSystemObjectStore(_root);

    protected override Task ReplaceStoredBytesAsync(ContentAddress address, byte[] bytes) =>
        File.WriteAllBytesAsync(Path.Combine(_root, address.Key), bytes);

    [Fact]
    public async Task Objects_are_fanned_out_by_hash_prefix_and_no_temporary_file_remains()
    {
        var store = CreateStore();

        var stored = await store.PutAsync(new MemoryStream([1, 2, 3]));

        var sha = stored.Address.Sha256;
        Assert.True(File.Exists(Path.Combine(_root, "sha256", sha[..2], sha[2..4], sha)));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_root, "incoming")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
