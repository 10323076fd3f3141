namespace CaseSystem.DocumentStore.Storage;

/// <summary>A stored object is missing, truncated or changed; its content is never delivered complete.</summary>
public sealed class ObjectIntegrityException : IOException
{
    public ObjectIntegrityException()
    {
    }

    public ObjectIntegrityException(string message)
        : base(message)
    {
    }

    public ObjectIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ObjectIntegrityException(ContentAddress address, ObjectState state)
        : base(Describe(address, state))
    {
        Address = address;
        State = state;
    }

    public ContentAddress Address { get; }

    public ObjectState State { get; }

    private static string Describe(ContentAddress address, ObjectState state) => state switch
    {
        ObjectState.Missing => $"The object {address} is not in the store.",
        ObjectState.Truncated => $"The object {address} is truncated in the store; it is not served.",
        ObjectState.Changed => $"The object {address} was changed in the store; it is not served.",
        _ => $"The object {address} is {state}.",
    };
}
