namespace CaseSystem.DocumentStore.Storage;

/// <param name="Address">The content's hash and length.</param>
/// <param name="Created">False when the same content was already stored, which then stays as it was.</param>
public sealed record StoredObject(ContentAddress Address, bool Created);
