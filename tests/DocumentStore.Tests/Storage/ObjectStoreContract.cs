using System.Security.Cryptography;
using System.Text;
using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

/// <summary>What every <see cref="IObjectStore"/> backend must do; each backend's tests derive from this.</summary>
public abstract class ObjectStoreContract
{
    private const long LargeSize = 500L * 1024 * 1024;

    /// <summary>The store under test, or a skip when its server is not available.</summary>
    protected abstract IObjectStore CreateStore();

    /// <summary>Overwrites the stored bytes of an object behind the store's back.</summary>
    protected abstract Task ReplaceStoredBytesAsync(ContentAddress address, byte[] bytes);

    [SkippableFact]
    public async Task Put_then_read_returns_the_same_bytes_under_their_sha256()
    {
        var store = CreateStore();
        var content = Encoding.UTF8.GetBytes("Заявление за удостоверение за наследници");

        var stored = await store.PutAsync(new MemoryStream(content));
        var read = await ReadAllAsync(store, stored.Address);

        Assert.Equal(content, read);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Address.Sha256);
        Assert.Equal(content.Length, stored.Address.Length);
        Assert.True(stored.Created);
    }

    [SkippableFact]
    public async Task The_same_content_is_stored_once_and_not_overwritten()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(10_000);

        var first = await store.PutAsync(new MemoryStream(content));
        var second = await store.PutAsync(new MemoryStream(content));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Address, second.Address);
        Assert.Equal(ObjectState.Intact, await store.CheckAsync(first.Address));
    }

    [SkippableFact]
    public async Task Exists_says_whether_an_object_is_stored()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(100);
        var absent = new ContentAddress(Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

        var before = await store.ExistsAsync(absent);
        var stored = await store.PutAsync(new MemoryStream(content));

        Assert.False(before);
        Assert.True(await store.ExistsAsync(stored.Address));
        Assert.Equal(ObjectState.Missing, await store.CheckAsync(Absent()));
        var missing = await Assert.ThrowsAsync<ObjectIntegrityException>(() => store.OpenReadAsync(Absent()));
        Assert.Equal(ObjectState.Missing, missing.State);
    }

    [SkippableFact]
    public async Task A_range_returns_only_those_bytes()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(300_000);
        var stored = await store.PutAsync(new MemoryStream(content));

        var middle = await ReadAllAsync(store, stored.Address, new ByteRange(100_000, 50_000));
        var tail = await ReadAllAsync(store, stored.Address, new ByteRange(299_990, 1_000));

        Assert.Equal(content[100_000..150_000], middle);
        Assert.Equal(content[299_990..], tail);
    }

    [SkippableFact]
    public async Task A_changed_object_is_reported_and_not_served()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(5_000);
        var stored = await store.PutAsync(new MemoryStream(content));
        var changed = (byte[])content.Clone();
        changed[2_500] ^= 0xFF;

        await ReplaceStoredBytesAsync(stored.Address, changed);

        Assert.Equal(ObjectState.Changed, await store.CheckAsync(stored.Address));
        var error = await Assert.ThrowsAsync<ObjectIntegrityException>(() => store.OpenReadAsync(stored.Address));
        Assert.Equal(ObjectState.Changed, error.State);
        await Assert.ThrowsAsync<ObjectIntegrityException>(
            () => store.OpenReadAsync(stored.Address, new ByteRange(0, 10)));
    }

    [SkippableFact]
    public async Task A_truncated_object_is_reported_and_not_served()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(5_000);
        var stored = await store.PutAsync(new MemoryStream(content));

        await ReplaceStoredBytesAsync(stored.Address, content[..4_000]);

        Assert.Equal(ObjectState.Truncated, await store.CheckAsync(stored.Address));
        var error = await Assert.ThrowsAsync<ObjectIntegrityException>(() => store.OpenReadAsync(stored.Address));
        Assert.Equal(ObjectState.Truncated, error.State);
    }

    [SkippableFact]
    public async Task An_empty_object_is_stored_exists_and_reads_empty()
    {
        var store = CreateStore();

        var stored = await store.PutAsync(new MemoryStream([]));
        var again = await store.PutAsync(new MemoryStream([]));

        Assert.True(stored.Created);
        Assert.False(again.Created);
        Assert.True(await store.ExistsAsync(stored.Address));
        Assert.Equal(ObjectState.Intact, await store.CheckAsync(stored.Address));
        Assert.Empty(await ReadAllAsync(store, stored.Address));
    }

    [SkippableTheory]
    [InlineData(1024 * 1024 - 1)]
    [InlineData(1024 * 1024)]
    [InlineData(1024 * 1024 + 1)]
    [InlineData(1024 * 1024 + 128 * 1024 + 1)]
    public async Task Content_around_one_MiB_round_trips_whole(int size)
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(size);

        var stored = await store.PutAsync(new TrickleStream(content));
        var read = await ReadAllAsync(store, stored.Address);

        Assert.Equal(size, stored.Address.Length);
        Assert.Equal(content, read);
    }

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(3 * 1024 * 1024 - 1)]
    public async Task A_changed_large_object_is_reported_and_not_delivered_complete(int changedByte)
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        var stored = await store.PutAsync(new MemoryStream(content));
        var changed = (byte[])content.Clone();
        changed[changedByte] ^= 0xFF;

        await ReplaceStoredBytesAsync(stored.Address, changed);
        var (delivered, error) = await ReadUntilFailureAsync(store, stored.Address);

        Assert.Equal(ObjectState.Changed, await store.CheckAsync(stored.Address));
        Assert.Equal(ObjectState.Changed, error?.State);
        Assert.True(delivered < content.Length, $"{delivered} of {content.Length} bytes delivered");
    }

    [SkippableFact]
    public async Task A_truncated_large_object_is_reported_and_not_delivered_complete()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);
        var stored = await store.PutAsync(new MemoryStream(content));

        await ReplaceStoredBytesAsync(stored.Address, content[..^1]);
        var (delivered, error) = await ReadUntilFailureAsync(store, stored.Address);

        Assert.Equal(ObjectState.Truncated, await store.CheckAsync(stored.Address));
        Assert.Equal(ObjectState.Truncated, error?.State);
        Assert.True(delivered < content.Length - 1, $"{delivered} of {content.Length - 1} stored bytes delivered");
    }

    [SkippableFact]
    public async Task An_object_with_bytes_appended_is_reported_as_changed()
    {
        var store = CreateStore();
        var content = RandomNumberGenerator.GetBytes(5_000);
        var stored = await store.PutAsync(new MemoryStream(content));

        await ReplaceStoredBytesAsync(stored.Address, [.. content, 0x2A]);

        Assert.Equal(ObjectState.Changed, await store.CheckAsync(stored.Address));
        var error = await Assert.ThrowsAsync<ObjectIntegrityException>(() => store.OpenReadAsync(stored.Address));
        Assert.Equal(ObjectState.Changed, error.State);
    }

    [SkippableFact]
    public async Task A_500_MB_stream_goes_in_and_out_in_bounded_memory()
    {
        var store = CreateStore();
        var expected = await HashOfGeneratedAsync(LargeSize);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var stored = await store.PutAsync(new GeneratedStream(LargeSize));
        ContentAddress read;
        await using (var stream = await store.OpenReadAsync(stored.Address))
        {
            read = await HashAsync(stream);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(expected, stored.Address);
        Assert.Equal(expected, read);

        // Put, verify and read each go through buffers of a few hundred KB; 500 MB would show as such.
        Assert.True(allocated < 32L * 1024 * 1024, $"{allocated:N0} bytes allocated for a {LargeSize:N0}-byte object");
    }

    private static ContentAddress Absent() => new(new string('0', 64), 1);

    /// <summary>
    /// Reads the whole object until the read fails, on open or on the way; answers how many bytes came before.
    /// </summary>
    protected static async Task<(long Delivered, ObjectIntegrityException? Error)> ReadUntilFailureAsync(
        IObjectStore store, ContentAddress address)
    {
        long delivered = 0;
        try
        {
            await using var stream = await store.OpenReadAsync(address);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                delivered += read;
            }

            return (delivered, null);
        }
        catch (ObjectIntegrityException e)
        {
            return (delivered, e);
        }
    }

    protected static async Task<byte[]> ReadAllAsync(
        IObjectStore store, ContentAddress address, ByteRange? range = null)
    {
        await using var stream = await store.OpenReadAsync(address, range);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<ContentAddress> HashOfGeneratedAsync(long size)
    {
        await using var stream = new GeneratedStream(size);
        return await HashAsync(stream);
    }

    private static async Task<ContentAddress> HashAsync(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[128 * 1024];
        long length = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            length += read;
        }

        return new ContentAddress(Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }
}
