namespace CaseSystem.Storage.Bench;

/// <summary>One way of moving whole objects to and from the server: through our store, or the bare SDK.</summary>
internal interface ITransfer
{
    string Name { get; }

    /// <summary>Stores <paramref name="content"/> as a new object and answers the key it lives under.</summary>
    Task<string> PutAsync(byte[] content, CancellationToken cancellationToken);

    /// <summary>Reads the object under <paramref name="key"/> to its end and answers how many bytes came.</summary>
    Task<long> GetAsync(string key, long length, CancellationToken cancellationToken);
}
