using System.Buffers.Binary;
using System.Security.Cryptography;

namespace CaseSystem.Host.Documents;

/// <summary>
/// Short-lived download links served by the host: the token names a document version and an expiry, signed with
/// HMAC-SHA256, so the link itself is the permission and nothing is stored. Served through the host, the content
/// is hash-checked like every other read, whichever store holds it.
/// </summary>
public sealed class DownloadLinks(byte[] key, TimeProvider time)
{
    /// <summary>Links live at most this long.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);

    private const int PayloadLength = 16 + 4 + 8;
    private const int MacLength = 32;

    public (string Token, DateTimeOffset ExpiresAt) Create(Guid documentId, int version, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime,
                $"A download link lives between one second and {MaxLifetime.TotalMinutes:0} minutes.");
        }

        var expiresAt = time.GetUtcNow().Add(lifetime);
        var token = new byte[PayloadLength + MacLength];
        documentId.TryWriteBytes(token.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(token.AsSpan(16, 4), version);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(20, 8), expiresAt.ToUnixTimeSeconds());
        HMACSHA256.HashData(key, token.AsSpan(0, PayloadLength), token.AsSpan(PayloadLength));
        return (Base64Url(token), DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }

    /// <summary>The version a token names, or why it cannot be served.</summary>
    public LinkCheck Check(string token)
    {
        ArgumentNullException.ThrowIfNull(token);

        Span<byte> bytes = stackalloc byte[PayloadLength + MacLength];
        if (!TryFromBase64Url(token, bytes))
        {
            return LinkCheck.Invalid;
        }

        Span<byte> expected = stackalloc byte[MacLength];
        HMACSHA256.HashData(key, bytes[..PayloadLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[PayloadLength..]))
        {
            return LinkCheck.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes[20..28]));
        return time.GetUtcNow() > expiresAt
            ? LinkCheck.Expired
            : new LinkCheck(LinkStatus.Valid, new Guid(bytes[..16]),
                BinaryPrimitives.ReadInt32BigEndian(bytes[16..20]));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, Span<byte> bytes)
    {
        if (text.Length > 96)
        {
            return false;
        }

        var padded = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4);
        return Convert.TryFromBase64String(padded, bytes, out var written) && written == bytes.Length;
    }
}

public enum LinkStatus
{
    Valid,
    Invalid,
    Expired,
}

public sealed record LinkCheck(LinkStatus Status, Guid DocumentId = default, int Version = 0)
{
    public static readonly LinkCheck Invalid = new(LinkStatus.Invalid);
    public static readonly LinkCheck Expired = new(LinkStatus.Expired);
}
