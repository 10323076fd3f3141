using System.Security.Cryptography;
using System.Text;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// The code that lets an applicant without an account follow a case by its registration index. It is shown once,
/// when the case is opened, and stored only as a salted SHA-256 hash: <c>sha256$salt$hash</c>, in hex.
/// <para>
/// A plain salted hash, not a slow one (PBKDF2), on purpose: whoever can read the hash can read the case it
/// guards, so slowing an offline guess protects nothing; the hash keeps the code itself out of backups and out
/// of the sight of staff. Guessing online is what matters, and that is the tracking endpoint's rate limit.
/// </para>
/// </summary>
public static class AccessCode
{
    public const int Length = 8;

    // No 0/O, 1/I/L: the code is read from paper and typed by hand. 31 symbols, eight of them: about 40 bits.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private const string Scheme = "sha256";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>A new random salt and the hash of the code with it, ready to store.</summary>
    public static string Hash(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Scheme}${Convert.ToHexStringLower(salt)}${Convert.ToHexStringLower(Digest(salt, code))}";
    }

    /// <summary>Whether the typed code is the stored one; compares in constant time.</summary>
    public static bool Verify(string typed, string stored)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[0] != Scheme)
        {
            return false;
        }

        var expected = Convert.FromHexString(parts[2]);
        return CryptographicOperations.FixedTimeEquals(Digest(Convert.FromHexString(parts[1]), typed), expected);
    }

    private static byte[] Digest(byte[] salt, string code)
    {
        var text = Encoding.UTF8.GetBytes(Normalise(code));
        var input = new byte[salt.Length + text.Length];
        salt.CopyTo(input, 0);
        text.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    /// <summary>
    /// Forgives what people do when typing a code: spaces and hyphens, lower case, and Cyrillic letters that look
    /// like the Latin ones of the alphabet (a Bulgarian keyboard types С for C).
    /// </summary>
    private static string Normalise(string typed)
    {
        var builder = new StringBuilder(typed.Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c) switch
            {
                'А' => 'A',
                'В' => 'B',
                'Е' => 'E',
                'К' => 'K',
                'М' => 'M',
                'Н' => 'H',
                'Р' => 'P',
                'С' => 'C',
                'Т' => 'T',
                'Х' => 'X',
                'У' => 'Y',
                var other => other,
            });
        }

        return builder.ToString();
    }
}
