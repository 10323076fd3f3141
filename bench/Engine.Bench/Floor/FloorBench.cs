using System.Diagnostics;

namespace CaseSystem.Engine.Bench.Floor;

/// <summary>
/// The floor: the same steps put through a queue per instance until each instance finishes or blocks. Whatever
/// an engine spends beyond this is the price of being an engine. Instances are kept as the engines' are.
/// </summary>
public sealed class FloorBench : IBenchTarget
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1);

    public string Name => "floor";

    public Task<Measurement> MeasureAsync(Scenario scenario, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var size = options.Size;
        var steps = FloorWorkflows.For(scenario);

        var batch = Math.Min(size, 2_000);
        var warmUp = Stopwatch.StartNew();
        for (var round = 0; round < 2 || warmUp.Elapsed < WarmUpTime; round++)
        {
            Run(scenario, steps, batch, options.KeepInstances, meter: null);
        }

        return Task.FromResult(Run(scenario, steps, size, options.KeepInstances, Meter.Start)!);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Measurement? Run(Scenario scenario, Action<FloorInstance>[] steps, int size, bool keep,
        Func<Meter>? meter)
    {
        var expectedSteps = scenario.StepsPerUnit();
        if (scenario == Scenario.EventResume)
        {
            var waiting = new FloorInstance[size];
            for (var i = 0; i < size; i++)
            {
                waiting[i] = new FloorInstance();
                waiting[i].Scheduled.Enqueue(0);
                Drain(waiting[i], steps);
            }

            var resumeStarted = meter?.Invoke();
            foreach (var instance in waiting)
            {
                instance.Steps = 0;
                instance.Scheduled.Enqueue(FloorWorkflows.ResumeStep);
                Drain(instance, steps);
            }

            var resumes = resumeStarted?.Stop(scenario, Name, size, kept: true);
            Check(waiting.Count(i => !i.Finished || i.Steps != expectedSteps), size);
            return resumes;
        }

        var kept = new FloorInstance[keep ? size : 0];
        var started = meter?.Invoke();
        var wrong = 0;
        for (var i = 0; i < size; i++)
        {
            var instance = new FloorInstance();
            if (keep)
            {
                kept[i] = instance;
            }

            instance.Scheduled.Enqueue(0);
            Drain(instance, steps);
            if (!instance.Finished || instance.Steps != expectedSteps)
            {
                wrong++;
            }
        }

        var measurement = started?.Stop(scenario, Name, size, keep);
        GC.KeepAlive(kept);
        Check(wrong, size);
        return measurement;
    }

    private static void Drain(FloorInstance instance, Action<FloorInstance>[] steps)
    {
        while (instance.Scheduled.TryDequeue(out var step))
        {
            steps[step](instance);
            instance.Steps++;
        }
    }

    private static void Check(int wrong, int size)
    {
        if (wrong > 0)
        {
            throw new InvalidOperationException($"{wrong} of {size} floor instances took the wrong steps.");
        }
    }
}
