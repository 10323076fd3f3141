namespace CaseSystem.DocumentStore.Storage;

/// <summary>An accepted upload: its cleaned name, the media type read from its content, and the content.</summary>
public sealed record Upload(string FileName, string MediaType, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
