namespace CaseSystem.DocumentStore.Storage;

/// <param name="Address">The content's hash and length.</param>
/// <param name="Created">
/// True when this put wrote the object; false when the content was found stored already and nothing was written.
/// An <see cref="S3ObjectStore"/> with <see cref="S3PutMode.IfNoneMatch"/> on a server that ignores the header
/// writes every time (the same bytes under the same key) and answers true.
/// </param>
public sealed record StoredObject(ContentAddress Address, bool Created);
