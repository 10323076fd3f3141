namespace CaseSystem.Engine.Bench.WorkflowCore;

/// <summary>The data of a WorkflowCore instance: the same variables the Elsa definitions declare.</summary>
public sealed class BenchData
{
    public int Counter { get; set; }

    public int A { get; set; }

    public int B { get; set; }

    public int C { get; set; }
}
