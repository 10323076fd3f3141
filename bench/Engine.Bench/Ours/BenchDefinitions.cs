using System.Globalization;

namespace CaseSystem.Engine.Bench.Ours;

/// <summary>The scenarios as Elsa 3 definitions: built-in activities only, as someone would draw them.</summary>
internal static class BenchDefinitions
{
    public static string For(Scenario scenario) => scenario switch
    {
        Scenario.Seq10 => Seq10(),
        Scenario.DecisionLoop => DecisionLoop(),
        Scenario.ForkJoin => ForkJoin(),
        Scenario.EventResume => EventResume(),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    private static string Seq10()
    {
        var flow = new FlowchartJson("bench-seq10").Variable("Counter", "Int32", "0");
        for (var i = 1; i <= 9; i++)
        {
            flow.SetVariable(Step(i), "Counter", "Literal", i);
        }

        flow.WriteLine(Step(10), "done");
        for (var i = 1; i < 10; i++)
        {
            flow.Connect(Step(i), Step(i + 1));
        }

        return flow.ToJson();
    }

    // The increment and the test are JavaScript, as in Elsa: the format has no other way to compute.
    private static string DecisionLoop() => new FlowchartJson("bench-decision-loop")
        .Variable("Counter", "Int32", "0")
        .SetVariable("Init", "Counter", "Literal", 0)
        .SetVariable("Increment", "Counter", "JavaScript", "getCounter() + 1")
        .Decision("Again", $"getCounter() < {Scenarios.LoopIterations}")
        .WriteLine("Final", "done")
        .Connect("Init", "Increment")
        .Connect("Increment", "Again")
        .Connect("Again", "Increment", "True")
        .Connect("Again", "Final", "False")
        .ToJson();

    private static string ForkJoin() => new FlowchartJson("bench-fork-join")
        .Variable("A", "Int32", "0")
        .Variable("B", "Int32", "0")
        .Variable("C", "Int32", "0")
        .Fork("Fork", "A", "B", "C")
        .SetVariable("SetA", "A", "Literal", 1)
        .SetVariable("SetB", "B", "Literal", 2)
        .SetVariable("SetC", "C", "Literal", 3)
        .Join("Join", "WaitAll")
        .WriteLine("Final", "done")
        .Connect("Fork", "SetA", "A")
        .Connect("Fork", "SetB", "B")
        .Connect("Fork", "SetC", "C")
        .Connect("SetA", "Join")
        .Connect("SetB", "Join")
        .Connect("SetC", "Join")
        .Connect("Join", "Final")
        .ToJson();

    private static string EventResume() => new FlowchartJson("bench-event-resume")
        .Variable("Counter", "Int32", "0")
        .SetVariable("Init", "Counter", "Literal", 1)
        .Event("Wait", Scenarios.EventName)
        .WriteLine("Final", "done")
        .Connect("Init", "Wait")
        .Connect("Wait", "Final")
        .ToJson();

    private static string Step(int i) => "Step" + i.ToString(CultureInfo.InvariantCulture);
}
