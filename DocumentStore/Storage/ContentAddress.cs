using System.Globalization;

namespace CaseSystem.DocumentStore.Storage;

/// <summary>
/// Where a stored object lives: the SHA-256 of its content (64 lowercase hex digits) and its length. The length is
/// part of the address so that a truncated object is told apart from a changed one.
/// </summary>
public readonly record struct ContentAddress
{
    public ContentAddress(string sha256, long length)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            throw new ArgumentException("A SHA-256 is 64 lowercase hexadecimal digits.", nameof(sha256));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Sha256 = sha256;
        Length = length;
    }

    public string Sha256 { get; }

    public long Length { get; }

    /// <summary>The object's key in a store: fanned out by the first two bytes of the hash.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"sha256/{Sha256[..2]}/{Sha256[2..4]}/{Sha256}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"sha256:{Sha256} ({Length} B)");
}
