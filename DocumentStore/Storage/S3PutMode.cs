namespace CaseSystem.DocumentStore.Storage;

/// <summary>How <see cref="S3ObjectStore"/> keeps a put from writing a key that already holds its content.</summary>
public enum S3PutMode
{
    /// <summary>
    /// Asks whether the key exists, then sends the PUT: two requests, on any S3 server. Two puts of the same new
    /// content at once can both pass the check; the second then writes the same bytes again.
    /// </summary>
    CheckFirst,

    /// <summary>
    /// One PUT with <c>If-None-Match: *</c>, which S3 and MinIO refuse (412) when the key exists, so nothing is
    /// ever written twice. Only for servers that honour the header: one that ignores it (s3rver) writes the same
    /// bytes again under the same key, and every put answers <c>Created</c>.
    /// </summary>
    IfNoneMatch,
}
