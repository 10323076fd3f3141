namespace CaseSystem.DocumentStore.Storage;

public enum ObjectState
{
    /// <summary>The stored bytes hash to the address and have its length.</summary>
    Intact,

    Missing,

    /// <summary>Fewer bytes are stored than the address says.</summary>
    Truncated,

    /// <summary>The stored bytes differ from what was put: another hash, or more bytes.</summary>
    Changed,
}
