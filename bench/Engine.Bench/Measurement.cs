using System.Text;
using System.Text.Json;

namespace CaseSystem.Engine.Bench;

/// <summary>One measured run: <paramref name="Units"/> instances completed, or resumes for event-resume.</summary>
public sealed record Measurement(
    Scenario Scenario,
    string Engine,
    int Units,
    bool Kept,
    TimeSpan Elapsed,
    TimeSpan Cpu,
    long AllocatedBytes,
    long RetainedBytes,
    int Gen0Collections,
    int Gen2Collections)
{
    public double UnitsPerSecond => Units / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerUnit => Cpu.TotalMicroseconds / Units;

    public double CpuMicrosecondsPerStep => CpuMicrosecondsPerUnit / Scenario.StepsPerUnit();

    public double BytesPerUnit => (double)AllocatedBytes / Units;

    public double BytesPerStep => BytesPerUnit / Scenario.StepsPerUnit();

    /// <summary>One JSON object on one line, the form run-engine.sh collects.</summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("scenario", Scenario.Name());
            json.WriteString("engine", Engine);
            json.WriteNumber("size", Units);
            json.WriteBoolean("kept", Kept);
            json.WriteString("unit", Scenario.Unit());
            json.WriteNumber("stepsPerUnit", Scenario.StepsPerUnit());
            json.WriteNumber("elapsedSeconds", Math.Round(Elapsed.TotalSeconds, 6));
            json.WriteNumber("perSecond", Math.Round(UnitsPerSecond, 1));
            json.WriteNumber("cpuSeconds", Math.Round(Cpu.TotalSeconds, 6));
            json.WriteNumber("cpuMicrosecondsPerUnit", Math.Round(CpuMicrosecondsPerUnit, 3));
            json.WriteNumber("cpuMicrosecondsPerStep", Math.Round(CpuMicrosecondsPerStep, 3));
            json.WriteNumber("allocatedBytes", AllocatedBytes);
            json.WriteNumber("bytesPerUnit", Math.Round(BytesPerUnit, 1));
            json.WriteNumber("bytesPerStep", Math.Round(BytesPerStep, 1));
            json.WriteNumber("retainedBytesPerUnit", Math.Round((double)RetainedBytes / Units, 1));
            json.WriteNumber("gen0", Gen0Collections);
            json.WriteNumber("gen2", Gen2Collections);
            json.WriteNumber("processors", Environment.ProcessorCount);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
