using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;
using Xunit.Abstractions;

namespace CaseSystem.Host.Tests.Recovery;

/// <summary>
/// The host is killed in the middle of work, with no chance to shut down, and a new host starts on the same
/// data folder. Whatever was committed must survive, and every run must be either wholly there or not at all.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int InstanceCount = 30;
    private const string EventName = "crash-test-continue";
    private const int SlowSteps = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _data = Directory.CreateTempSubdirectory("casesystem-crash-").FullName;
    private HostProcess? _host;

    private ConcurrentBag<string> Triggered { get; } = [];

    public void Dispose()
    {
        _host?.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task KilledHost_LosesNothingCommitted_AndRunsEveryActivityOnce_AfterARestart()
    {
        _host = await HostProcess.StartAsync(_data, Patience);
        var definitionId = await _host.Client.PublishNewAsync(SlowWorkflow());
        var acknowledged = await DispatchAndTriggerUntilKilledAsync(_host, definitionId);
        _host.Dispose();

        _host = await HostProcess.StartAsync(_data, Patience);
        var instances = await WaitUntilAllFinishAsync(_host.Client, definitionId);

        Assert.Subset(instances.Keys.ToHashSet(), acknowledged.ToHashSet());
        Assert.All(instances, i => Assert.Equal("Finished", i.Value));
        var expected = Enumerable.Range(1, SlowSteps).Select(i => $"step{i}:Completed")
            .Concat(["wait:Suspended", "wait:Completed", "done:Completed"])
            .ToList();
        foreach (var instanceId in instances.Keys)
        {
            var journal = await _host.Client.JournalAsync(instanceId);
            Assert.Equal(expected, journal.Select(e => $"{e!["activityId"]}:{e["kind"]}"));
            Assert.Equal(journal.Count, journal.Select(e => (long)e!["sequence"]!).Distinct().Count());
        }
    }

    /// <summary>
    /// Dispatches every instance and sends each its event as soon as it is queued, all at once; the host is
    /// killed once a few instances have finished, so that others are queued, running, waiting or being resumed.
    /// </summary>
    /// <returns>The instances whose dispatch the host acknowledged before it died.</returns>
    private async Task<IReadOnlyCollection<string>> DispatchAndTriggerUntilKilledAsync(HostProcess host,
        string definitionId)
    {
        var acknowledged = new ConcurrentBag<string>();
        var killer = Task.Run(async () =>
        {
            using var deadline = new CancellationTokenSource(Patience);
            while (!deadline.IsCancellationRequested && await CountFinishedAsync(host.Client, definitionId) < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
            }

            host.Kill();
        });

        var work = Enumerable.Range(0, InstanceCount).Select(async _ =>
        {
            try
            {
                var instanceId = await host.Client.DispatchAsync(definitionId);
                acknowledged.Add(instanceId);
                await host.Client.TriggerAsync(EventName, instanceId);
                Triggered.Add(instanceId);
            }
            catch (HttpRequestException)
            {
                // The host died during the call: the caller cannot know whether it was committed.
            }
        });
        await Task.WhenAll(work);
        await killer;

        output.WriteLine($"{acknowledged.Count} dispatches acknowledged before the kill.");
        return acknowledged;
    }

    /// <summary>
    /// Waits for the new host to finish every instance of the definition; every two seconds the event is sent
    /// again to instances still waiting whose event call failed, as their client would.
    /// </summary>
    /// <returns>Each instance's sub-status.</returns>
    private async Task<Dictionary<string, string>> WaitUntilAllFinishAsync(HttpClient client, string definitionId)
    {
        var deadline = DateTime.UtcNow + Patience;
        var nextResend = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        var resent = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var page = await client.GetOkAsync(
                $"/elsa/api/workflow-instances?definitionId={definitionId}&pageSize=500");
            var instances = ((JsonArray)page["items"]!)
                .ToDictionary(i => (string)i!["id"]!, i => (string)i!["subStatus"]!);
            if (instances.Values.All(s => s == "Finished"))
            {
                output.WriteLine($"{instances.Count} instances finished; the event was sent again to {resent.Count}.");
                return instances;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not finished after {Patience}: " +
                    string.Join(", ", instances.GroupBy(i => i.Value).Select(g => $"{g.Count()} {g.Key}")) +
                    $"\n{_host?.Output}");
            }

            if (DateTime.UtcNow > nextResend)
            {
                // Only where the call failed: an event the host acknowledged must reach its instance by itself.
                foreach (var waiting in instances.Where(i => i.Value == "Suspended" && !Triggered.Contains(i.Key))
                    .Select(i => i.Key))
                {
                    resent.Add(waiting);
                    await client.TriggerAsync(EventName, waiting);
                }

                nextResend = DateTime.UtcNow + TimeSpan.FromSeconds(2);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private static async Task<int> CountFinishedAsync(HttpClient client, string definitionId)
    {
        try
        {
            var page = await client.GetOkAsync(
                $"/elsa/api/workflow-instances?definitionId={definitionId}&subStatus=Finished&pageSize=1");
            return (int)page["totalCount"]!;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    /// <summary>Steps that each keep the engine busy for about 50 ms, then a wait for the event, then a line.</summary>
    private static JsonObject SlowWorkflow()
    {
        JsonObject[] activities =
        [
            .. Enumerable.Range(1, SlowSteps).Select(i => Definitions.Script($"step{i}",
                "var start = Date.now(); while (Date.now() - start < 50) { } 1;")),
            Definitions.WaitForEvent("wait", EventName),
            Definitions.WriteLine("done", "приключено"),
        ];
        return Definitions.Sequence(Definitions.NewId("crash"), activities);
    }
}
