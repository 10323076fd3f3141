namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

/// <summary>
/// A test class over one <see cref="TaskHarness"/> on SQLite or PostgreSQL: its set-up or each test starts the
/// harness, and it is disposed after the test.
/// </summary>
public abstract class TaskHarnessTests(bool postgres) : IAsyncLifetime
{
    private TaskHarness? _harness;

    protected TaskHarness Harness =>
        _harness ?? throw new InvalidOperationException("Start the harness first (StartHarnessAsync).");

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    /// <summary>Starts the harness on a fresh database (a test starts it once).</summary>
    protected async Task StartHarnessAsync()
    {
        if (_harness is not null)
        {
            throw new InvalidOperationException("The harness is already started.");
        }

        _harness = await TaskHarness.CreateAsync(postgres);
    }
}
