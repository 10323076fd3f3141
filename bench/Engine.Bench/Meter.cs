using System.Diagnostics;

namespace CaseSystem.Engine.Bench;

/// <summary>
/// Brackets the measured part of a run: wall time, CPU time of the whole process (every thread, the GC's too)
/// and bytes allocated by every thread; once the clock has stopped, the bytes still live.
/// </summary>
public sealed class Meter
{
    private readonly Stopwatch _wall = new();
    private TimeSpan _cpuAtStart;
    private long _allocatedAtStart;
    private int _gen0AtStart;
    private int _gen2AtStart;
    private long _heapAtStart;

    public static Meter Start()
    {
        // Garbage from set-up and warm-up is collected now, not inside the measurement.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var meter = new Meter
        {
            _gen0AtStart = GC.CollectionCount(0),
            _gen2AtStart = GC.CollectionCount(2),
            _heapAtStart = GC.GetTotalMemory(forceFullCollection: false),
            _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true),
            _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime,
        };
        meter._wall.Start();
        return meter;
    }

    public Measurement Stop(Scenario scenario, string engine, int units, bool kept)
    {
        _wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;
        var gen0 = GC.CollectionCount(0) - _gen0AtStart;
        var gen2 = GC.CollectionCount(2) - _gen2AtStart;

        // After the clock stopped: what the measured instances still hold, with the caller still referencing them.
        var retained = GC.GetTotalMemory(forceFullCollection: true) - _heapAtStart;
        return new Measurement(
            scenario,
            engine,
            units,
            kept,
            _wall.Elapsed,
            cpu,
            allocated,
            retained,
            gen0,
            gen2);
    }
}
