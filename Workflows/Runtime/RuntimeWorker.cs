using CaseSystem.Workflows.Runtime.Instances;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseSystem.Workflows.Runtime;

/// <summary>
/// Runs on every host: at start it re-arms timers that lost their job, then it continues queued instances and
/// orphaned stimuli whenever work is signalled, and at least every poll interval.
/// </summary>
public sealed class RuntimeWorker(WorkflowRuntime runtime, ILogger<RuntimeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RearmInterval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRearm = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTimeOffset.UtcNow - lastRearm > RearmInterval)
                {
                    await runtime.RearmTimersAsync(stoppingToken);
                    lastRearm = DateTimeOffset.UtcNow;
                }

                // A full batch means more may be waiting: go again without sleeping.
                if (await runtime.RunWorkerPassAsync(stoppingToken) >= runtime.Options.BatchSize)
                {
                    continue;
                }

                await runtime.WaitForWorkAsync(runtime.Options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.WorkerPassFailed(logger, e);
                await Task.Delay(runtime.Options.PollInterval, stoppingToken);
            }
        }
    }
}
