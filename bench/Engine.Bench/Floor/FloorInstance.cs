namespace CaseSystem.Engine.Bench.Floor;

/// <summary>The whole state of a floor instance: its variables, its queue of steps, and whether it waits.</summary>
internal sealed class FloorInstance
{
    public Queue<int> Scheduled { get; } = new();

    public int Counter { get; set; }

    public int A { get; set; }

    public int B { get; set; }

    public int C { get; set; }

    public int Arrived { get; set; }

    public bool Blocked { get; set; }

    public bool Finished { get; set; }

    public int Steps { get; set; }
}
