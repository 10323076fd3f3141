namespace CaseSystem.Engine.Bench.Floor;

/// <summary>
/// The scenarios as arrays of step delegates, indexed by step number. Each step does its work and queues the
/// steps that follow it; step 0 starts. There is no engine: no definition, no journal, no bookmarks.
/// </summary>
internal static class FloorWorkflows
{
    /// <summary>In the event scenario, the step a resume queues: the event completing.</summary>
    public const int ResumeStep = 2;

    public static Action<FloorInstance>[] For(Scenario scenario) => scenario switch
    {
        Scenario.Seq10 => Seq10(),
        Scenario.DecisionLoop => DecisionLoop(),
        Scenario.ForkJoin => ForkJoin(),
        Scenario.EventResume => EventResume(),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private static Action<FloorInstance>[] Seq10()
    {
        var steps = new Action<FloorInstance>[10];
        for (var i = 0; i < 9; i++)
        {
            var value = i + 1;
            var next = i + 1;
            steps[i] = instance =>
            {
                instance.Counter = value;
                instance.Scheduled.Enqueue(next);
            };
        }

        steps[9] = Final;
        return steps;
    }

    private static Action<FloorInstance>[] DecisionLoop() =>
    [
        instance =>
        {
            instance.Counter = 0;
            instance.Scheduled.Enqueue(1);
        },
        instance =>
        {
            instance.Counter++;
            instance.Scheduled.Enqueue(2);
        },
        instance => instance.Scheduled.Enqueue(instance.Counter < Scenarios.LoopIterations ? 1 : 3),
        Final,
    ];

    private static Action<FloorInstance>[] ForkJoin() =>
    [
        instance =>
        {
            instance.Scheduled.Enqueue(1);
            instance.Scheduled.Enqueue(2);
            instance.Scheduled.Enqueue(3);
        },
        instance =>
        {
            instance.A = 1;
            Arrive(instance);
        },
        instance =>
        {
            instance.B = 2;
            Arrive(instance);
        },
        instance =>
        {
            instance.C = 3;
            Arrive(instance);
        },
        instance => instance.Scheduled.Enqueue(5),
        Final,
    ];

    private static Action<FloorInstance>[] EventResume() =>
    [
        instance =>
        {
            instance.Counter = 1;
            instance.Scheduled.Enqueue(1);
        },
        instance => instance.Blocked = true,
        instance =>
        {
            instance.Blocked = false;
            instance.Scheduled.Enqueue(3);
        },
        Final,
    ];

    private static void Arrive(FloorInstance instance)
    {
        if (++instance.Arrived == 3)
        {
            instance.Scheduled.Enqueue(4);
        }
    }

    private static void Final(FloorInstance instance)
    {
        TextWriter.Null.WriteLine("done");
        instance.Finished = true;
    }
}
