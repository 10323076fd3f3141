using CaseSystem.Runtime.Bench.Database;
using CaseSystem.Workflows.Runtime.Instances;

namespace CaseSystem.Runtime.Bench.Ours;

/// <summary>
/// <c>ExecuteAsync</c> of the published ten-step definition: one new instance runs to its end and is committed.
/// With <paramref name="clear"/> the instance tables are emptied first; without, whatever they hold stays (the
/// million finished instances of the accumulation measurement).
/// </summary>
internal sealed class StartWorkload(string connectionString, bool clear) : IWorkload
{
    private readonly BenchRuntime _bench = new(connectionString);

    public async Task SetUpAsync(int count, int workers)
    {
        if (clear)
        {
            await BenchDatabase.ClearInstancesAsync(connectionString);
        }
    }

    public async Task<bool> RunAsync(int index)
    {
        var outcome = await _bench.Runtime.ExecuteAsync(BenchWorkflows.Sequence, new StartRequest());
        return outcome.Instance.IsFinished;
    }

    public Task<long> CountRowsAsync() => BenchDatabase.CountRowsAsync(connectionString, "workflow_instances");

    public void Dispose() => _bench.Dispose();
}
