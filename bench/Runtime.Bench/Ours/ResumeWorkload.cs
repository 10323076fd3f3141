using System.Globalization;
using CaseSystem.Runtime.Bench.Database;
using CaseSystem.Workflows.Runtime.Instances;

namespace CaseSystem.Runtime.Bench.Ours;

/// <summary>
/// <c>StimulateAsync</c> of the event each waiting instance waits for, addressed by its own correlation id (a
/// case number, as the case system does): found, resumed to its end and committed. The set-up starts one waiting
/// instance through the runtime and copies it, so every state and bookmark is the runtime's own but for the ids.
/// </summary>
internal sealed class ResumeWorkload(string connectionString) : IWorkload
{
    private const string TemplateCorrelationId = "case-template";

    private readonly BenchRuntime _bench = new(connectionString);

    public async Task SetUpAsync(int count, int workers)
    {
        await BenchDatabase.ClearInstancesAsync(connectionString);

        var request = new StartRequest { CorrelationId = TemplateCorrelationId };
        var template = await _bench.Runtime.ExecuteAsync(BenchWorkflows.Waiting, request);
        if (template.Instance.Bookmarks.Count != 1)
        {
            throw new InvalidOperationException("The waiting workflow did not wait for its event.");
        }

        await BenchDatabase.CloneWaitingAsync(connectionString, template.Instance.Id, count, CorrelationId);
        await BenchDatabase.AnalyzeAsync(connectionString);
    }

    public async Task<bool> RunAsync(int index)
    {
        var outcome = await _bench.Runtime.StimulateAsync(BenchRuntime.Event(CorrelationId(index)));
        return outcome.Resumed is [{ Instance.IsFinished: true }];
    }

    public Task<long> CountRowsAsync() => BenchDatabase.CountRowsAsync(connectionString, "workflow_instances");

    public void Dispose() => _bench.Dispose();

    private static string CorrelationId(int index) => "case-" + index.ToString("D7", CultureInfo.InvariantCulture);
}
