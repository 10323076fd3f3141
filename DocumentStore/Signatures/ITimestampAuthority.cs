using System.Security.Cryptography.Pkcs;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// A time-stamping authority (RFC 3161): given a request over a signature value, it answers with a token that
/// proves the signature existed at its time.
/// </summary>
public interface ITimestampAuthority
{
    /// <exception cref="TimestampException">No usable token came back; the message says why.</exception>
    Task<Rfc3161TimestampToken> StampAsync(Rfc3161TimestampRequest request, CancellationToken cancellationToken);
}

/// <summary>The time-stamping authority could not be reached or gave no usable timestamp.</summary>
public sealed class TimestampException : Exception
{
    public TimestampException()
    {
    }

    public TimestampException(string message)
        : base(message)
    {
    }

    public TimestampException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
