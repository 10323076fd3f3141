using System.Text;
using System.Text.Json;
using CaseSystem.Runtime.Bench.Database;

namespace CaseSystem.Runtime.Bench;

/// <summary>
/// One measured run: <paramref name="Units"/> starts, resumes or baseline transactions done by
/// <paramref name="Workers"/> loops, with what the server counted meanwhile.
/// </summary>
internal sealed record Measurement(
    string Kind,
    string Table,
    int Units,
    int Workers,
    long RowsBefore,
    int Failures,
    TimeSpan Elapsed,
    TimeSpan ClientCpu,
    long ClientAllocatedBytes,
    ServerCounters Server)
{
    private const int StatementsShown = 16;

    /// <summary>Units run before the clock started: the warm-up and the rounds until the JIT settled.</summary>
    public int WarmUpUnits { get; init; }

    /// <summary>Npgsql's reset of a pooled connection, sent before its next use; a transaction of its own.</summary>
    private const string PoolReset = "DISCARD ALL";

    public double UnitsPerSecond => Units / Elapsed.TotalSeconds;

    /// <summary>One JSON object on one line, the form run-runtime.sh collects.</summary>
    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind);
            json.WriteString("table", Table);
            json.WriteNumber("size", Units);
            json.WriteNumber("workers", Workers);
            json.WriteNumber("rowsBefore", RowsBefore);
            json.WriteNumber("warmUpUnits", WarmUpUnits);
            json.WriteNumber("failures", Failures);
            json.WriteNumber("elapsedSeconds", Math.Round(Elapsed.TotalSeconds, 6));
            json.WriteNumber("perSecond", Math.Round(UnitsPerSecond, 1));
            json.WriteNumber("clientCpuMicrosecondsPerUnit", Math.Round(ClientCpu.TotalMicroseconds / Units, 1));
            json.WriteNumber("clientKilobytesAllocatedPerUnit", Math.Round(ClientAllocatedBytes / 1024.0 / Units, 1));
            var resets = Server.Statements.Values.Where(s => s.Query == PoolReset).Sum(s => s.Calls);
            json.WriteNumber("transactionsPerUnit", PerUnit(Server.Commits - resets));
            json.WriteNumber("poolResetsPerUnit", PerUnit(resets));
            json.WriteNumber("durableCommitsPerUnit", PerUnit(Server.DurableCommits));
            json.WriteNumber("walBytesPerUnit", Math.Round((double)Server.WalBytes / Units, 0));
            json.WriteNumber("statementsPerUnit", PerUnit(Server.Statements.Values.Sum(s => s.Calls)));
            json.WriteNumber("serverMillisecondsPerUnit",
                Math.Round(Server.Statements.Values.Sum(s => s.Milliseconds) / Units, 4));
            json.WriteNumber("processors", Environment.ProcessorCount);
            json.WriteStartArray("statements");
            foreach (var statement in Server.Statements.Values.OrderByDescending(s => s.Calls)
                .ThenByDescending(s => s.Milliseconds).Take(StatementsShown))
            {
                json.WriteStartObject();
                json.WriteString("query", OneLine(statement.Query));
                json.WriteNumber("callsPerUnit", PerUnit(statement.Calls));
                json.WriteNumber("millisecondsPerUnit", Math.Round(statement.Milliseconds / Units, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private double PerUnit(long count) => Math.Round((double)count / Units, 3);

    private static string OneLine(string query)
    {
        var words = query.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return text.Length <= 100 ? text : text[..97] + "...";
    }
}
