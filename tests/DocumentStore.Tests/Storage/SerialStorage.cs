namespace CaseSystem.DocumentStore.Tests.Storage;

[CollectionDefinition(nameof(SerialStorage), DisableParallelization = true)]
public sealed class SerialStorage;
