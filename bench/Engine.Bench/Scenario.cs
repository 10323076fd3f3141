namespace CaseSystem.Engine.Bench;

/// <summary>The workflows every engine runs, built to do the same work in each.</summary>
public enum Scenario
{
    /// <summary>Ten steps in a row, each setting a variable; the last writes a line to a null writer.</summary>
    Seq10,

    /// <summary>Set a counter, then increment it and test it until it reaches ten; a final step writes.</summary>
    DecisionLoop,

    /// <summary>Fork into three branches that each set a variable, join them when all arrived, then write.</summary>
    ForkJoin,

    /// <summary>Set a variable and wait on an event; what is measured is resuming every waiting instance.</summary>
    EventResume,
}

public static class Scenarios
{
    public const int LoopIterations = 10;

    public const string EventName = "bench-go";

    public static Scenario Parse(string text) => text switch
    {
        "seq10" => Scenario.Seq10,
        "decision-loop" => Scenario.DecisionLoop,
        "fork-join" => Scenario.ForkJoin,
        "event-resume" => Scenario.EventResume,
        _ => throw new ArgumentException(
            $"Unknown scenario '{text}'; use seq10, decision-loop, fork-join or event-resume.", nameof(text)),
    };

    public static string Name(this Scenario scenario) => scenario switch
    {
        Scenario.Seq10 => "seq10",
        Scenario.DecisionLoop => "decision-loop",
        Scenario.ForkJoin => "fork-join",
        Scenario.EventResume => "event-resume",
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    /// <summary>
    /// Steps one measured unit takes, counted as the workflow is drawn: an instance, or for event-resume one
    /// resume (the event step completing and the step after it). Per-step figures divide by this number.
    /// </summary>
    public static int StepsPerUnit(this Scenario scenario) => scenario switch
    {
        Scenario.Seq10 => 10,

        // init, ten times (increment, decide), final
        Scenario.DecisionLoop => 2 + (2 * LoopIterations),

        // fork, three branches, join, final
        Scenario.ForkJoin => 6,
        Scenario.EventResume => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    public static string Unit(this Scenario scenario) => scenario == Scenario.EventResume ? "resumes" : "instances";
}
