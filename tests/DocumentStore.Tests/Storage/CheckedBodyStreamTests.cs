using System.Security.Cryptography;
using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

/// <summary>
/// The body of a whole read as a server might send it, also one that announces no length or cuts the body short:
/// no damaged body is ever delivered complete.
/// </summary>
public sealed class CheckedBodyStreamTests
{
    private const int HeldBack = 64 * 1024;

    [Fact]
    public async Task An_intact_body_is_delivered_whole()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);

        var (delivered, error) = await ReadAsync(content, content);

        Assert.Null(error);
        Assert.Equal(content, delivered);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(299_999)]
    public async Task A_changed_body_fails_before_its_held_back_tail(int changedByte)
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var body = (byte[])content.Clone();
        body[changedByte] ^= 0xFF;

        var (delivered, error) = await ReadAsync(content, body);

        Assert.Equal(ObjectState.Changed, error?.State);
        Assert.Equal(content.Length - HeldBack, delivered.Length);
    }

    [Fact]
    public async Task A_body_that_ends_early_is_reported_truncated()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);

        var (delivered, error) = await ReadAsync(content, content[..200_000]);

        Assert.Equal(ObjectState.Truncated, error?.State);
        Assert.True(delivered.Length < content.Length - HeldBack);
    }

    [Fact]
    public async Task A_body_that_goes_on_past_the_length_is_reported_changed()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);

        var (delivered, error) = await ReadAsync(content, [.. content, 0x2A]);

        Assert.Equal(ObjectState.Changed, error?.State);
        Assert.Equal(content.Length - HeldBack, delivered.Length);
    }

    [Fact]
    public async Task A_body_smaller_than_the_tail_is_checked_before_a_byte_is_delivered()
    {
        var content = RandomNumberGenerator.GetBytes(1_000);
        var body = (byte[])content.Clone();
        body[500] ^= 0xFF;
        using var stream = Open(content, body);

        var error = await Assert.ThrowsAsync<ObjectIntegrityException>(() => stream.CheckEarlyAsync(default));

        Assert.Equal(ObjectState.Changed, error.State);
    }

    [Fact]
    public void A_synchronous_read_holds_the_tail_back_too()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var body = (byte[])content.Clone();
        body[100] ^= 0xFF;
        using var stream = Open(content, body);
        var buffer = new byte[10_000];
        long delivered = 0;

        var error = Assert.Throws<ObjectIntegrityException>(() =>
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                delivered += read;
            }
        });

        Assert.Equal(ObjectState.Changed, error.State);
        Assert.Equal(content.Length - HeldBack, delivered);
    }

    private static async Task<(byte[] Delivered, ObjectIntegrityException? Error)> ReadAsync(
        byte[] content, byte[] body)
    {
        using var stream = Open(content, body);
        using var delivered = new MemoryStream();
        try
        {
            await stream.CheckEarlyAsync(default);
            await stream.CopyToAsync(delivered, 7_000);
            return (delivered.ToArray(), null);
        }
        catch (ObjectIntegrityException e)
        {
            return (delivered.ToArray(), e);
        }
    }

    private static CheckedBodyStream Open(byte[] content, byte[] body)
    {
        var address = new ContentAddress(Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);
        return new CheckedBodyStream(new HttpResponseMessage(), new TrickleStream(body), address, HeldBack);
    }
}
