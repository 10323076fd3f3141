using System.Diagnostics;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Engine.Bench.Ours;

/// <summary>
/// This engine as a host drives it: one compiled definition, instances started one after another on one thread,
/// each run until it finishes or blocks, and kept (see <see cref="BenchOptions.KeepInstances"/>). Waiting instances
/// are always kept: they are resumed later.
/// </summary>
public sealed class OursBench : IBenchTarget
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);

    private readonly WorkflowEngine _engine = new(new EngineServices { StandardOut = TextWriter.Null });

    public string Name => "ours";

    public async Task<Measurement> MeasureAsync(Scenario scenario, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var size = options.Size;
        var workflow = _engine.Compile(_engine.Read(BenchDefinitions.For(scenario)));

        // Enough rounds for the JIT to settle on its optimised code before anything is timed.
        var batch = Math.Min(size, 2_000);
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < 2 || warmUp.Elapsed < WarmUpTime; round++)
        {
            await RunAsync(scenario, workflow, batch, options.KeepInstances, meter: null);
        }

        return (await RunAsync(scenario, workflow, size, options.KeepInstances, Meter.Start))!;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <returns>The measurement, or null when nothing was metered (a warm-up round).</returns>
    private async Task<Measurement?> RunAsync(Scenario scenario, CompiledWorkflow workflow, int size, bool keep,
        Func<Meter>? meter)
    {
        if (scenario == Scenario.EventResume)
        {
            return await ResumeAllAsync(workflow, size, meter);
        }

        var expectedSteps = scenario.StepsPerUnit();
        var kept = new WorkflowInstance[keep ? size : 0];
        var started = meter?.Invoke();
        var wrong = 0;
        for (var i = 0; i < size; i++)
        {
            var result = await _engine.StartAsync(workflow);
            if (!result.IsFinished || result.Instance.Journal.Count != expectedSteps)
            {
                wrong++;
            }

            if (keep)
            {
                kept[i] = result.Instance;
            }
        }

        var measurement = started?.Stop(scenario, Name, size, keep);
        GC.KeepAlive(kept);
        Check(wrong, size, $"finished with {expectedSteps} journal entries");
        return measurement;
    }

    private async Task<Measurement?> ResumeAllAsync(CompiledWorkflow workflow, int size, Func<Meter>? meter)
    {
        var waiting = new WorkflowInstance[size];
        for (var i = 0; i < size; i++)
        {
            var result = await _engine.StartAsync(workflow);
            waiting[i] = result.Instance;
            if (!result.IsSuspended || result.Instance.Bookmarks.Count != 1)
            {
                throw new InvalidOperationException("An instance did not suspend on its one event bookmark.");
            }
        }

        var started = meter?.Invoke();
        var wrong = 0;
        foreach (var instance in waiting)
        {
            var result = await _engine.Runner.ResumeAsync(workflow, instance, instance.Bookmarks[0].Id, "payload");
            if (!result.IsFinished)
            {
                wrong++;
            }
        }

        var measurement = started?.Stop(Scenario.EventResume, Name, size, kept: true);
        Check(wrong, size, "finished after the resume");
        return measurement;
    }

    private static void Check(int wrong, int size, string expected)
    {
        if (wrong > 0)
        {
            throw new InvalidOperationException($"{wrong} of {size} instances were not {expected}.");
        }
    }
}
