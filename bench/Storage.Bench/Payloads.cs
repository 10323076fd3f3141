using System.Security.Cryptography;

namespace CaseSystem.Storage.Bench;

/// <summary>
/// The objects one sample sends, allocated once per size and side so no allocation falls inside the clock.
/// </summary>
internal sealed class Payloads
{
    private const int StampLength = 32;

    private readonly byte[][] _contents;

    public Payloads(int count, int size)
    {
        _contents = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            _contents[i] = RandomNumberGenerator.GetBytes(size);
        }
    }

    public IReadOnlyList<byte[]> Contents => _contents;

    /// <summary>
    /// Makes every object new content: fresh random bytes at the start change the hash, so our store cannot find it
    /// stored already and skip the upload. Called before the clock starts.
    /// </summary>
    public void Refresh()
    {
        foreach (var content in _contents)
        {
            RandomNumberGenerator.Fill(content.AsSpan(0, Math.Min(StampLength, content.Length)));
        }
    }
}
