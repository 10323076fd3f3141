using global::WorkflowCore.Interface;
using global::WorkflowCore.Models.LifeCycleEvents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Engine.Bench.WorkflowCore;

/// <summary>
/// WorkflowCore as its documentation sets it up: <c>AddWorkflow()</c> with its default in-memory persistence and
/// single-node queue, the normal host started in process, instances started with <c>StartWorkflow</c> and
/// resumed with <c>PublishEvent</c>. A batch counts as done when the host has reported every instance completed.
/// </summary>
public sealed class WorkflowCoreBench : IBenchTarget
{
    private const int WarmUpInstances = 200;

    private readonly ServiceProvider _services;
    private readonly IWorkflowHost _host;
    private readonly CompletionCounter _completions = new();

    public WorkflowCoreBench()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddWorkflow();
        _services = services.BuildServiceProvider();

        _host = _services.GetRequiredService<IWorkflowHost>();
        _host.RegisterWorkflow<Seq10Workflow, BenchData>();
        _host.RegisterWorkflow<DecisionLoopWorkflow, BenchData>();
        _host.RegisterWorkflow<ForkJoinWorkflow, BenchData>();
        _host.RegisterWorkflow<EventResumeWorkflow, BenchData>();
        _host.OnLifeCycleEvent += e =>
        {
            if (e is WorkflowCompleted)
            {
                _completions.Signal();
            }
        };
        _host.Start();
    }

    public string Name => "workflowcore";

    public async Task<Measurement> MeasureAsync(Scenario scenario, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var (size, timeout) = (options.Size, options.Timeout);
        var workflowId = scenario switch
        {
            Scenario.Seq10 => "bench-seq10",
            Scenario.DecisionLoop => "bench-decision-loop",
            Scenario.ForkJoin => "bench-fork-join",
            Scenario.EventResume => "bench-event-resume",
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        if (scenario == Scenario.EventResume)
        {
            await ResumeAllAsync(workflowId, Math.Min(size, WarmUpInstances), timeout, measure: false);
            return (await ResumeAllAsync(workflowId, size, timeout, measure: true))!;
        }

        await RunAsync(scenario, workflowId, Math.Min(size, WarmUpInstances), timeout, measure: false);
        return (await RunAsync(scenario, workflowId, size, timeout, measure: true))!;
    }

    public async ValueTask DisposeAsync()
    {
        _host.Stop();
        await _services.DisposeAsync();
    }

    private async Task<Measurement?> RunAsync(Scenario scenario, string workflowId, int size, TimeSpan timeout,
        bool measure)
    {
        _completions.Expect(size);
        var meter = measure ? Meter.Start() : null;
        for (var i = 0; i < size; i++)
        {
            await _host.StartWorkflow(workflowId, new BenchData());
        }

        await _completions.WaitAsync(timeout);
        return meter?.Stop(scenario, Name, size, kept: true);
    }

    private async Task<Measurement?> ResumeAllAsync(string workflowId, int size, TimeSpan timeout, bool measure)
    {
        var ids = new string[size];
        for (var i = 0; i < size; i++)
        {
            ids[i] = await _host.StartWorkflow(workflowId, new BenchData());
        }

        await WaitUntilSubscribedAsync(ids, timeout);

        _completions.Expect(size);
        var meter = measure ? Meter.Start() : null;
        foreach (var id in ids)
        {
            await _host.PublishEvent(Scenarios.EventName, id, "payload");
        }

        await _completions.WaitAsync(timeout);
        return meter?.Stop(Scenario.EventResume, Name, size, kept: true);
    }

    /// <summary>Polls the store until every instance has its event subscription, so only resuming is timed.</summary>
    private async Task WaitUntilSubscribedAsync(string[] ids, TimeSpan timeout)
    {
        var store = _services.GetRequiredService<IPersistenceProvider>();
        var deadline = DateTime.UtcNow + timeout;
        var pending = new List<string>(ids);
        while (pending.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{pending.Count} WorkflowCore instances never subscribed to the event.");
            }

            var stillPending = new List<string>();
            foreach (var id in pending)
            {
                var subscriptions = await store.GetSubscriptions(Scenarios.EventName, id, DateTime.MaxValue);
                if (!subscriptions.Any())
                {
                    stillPending.Add(id);
                }
            }

            pending = stillPending;
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        // The consumer that created the last subscription may still hold that instance; let it go first.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
    }
}
