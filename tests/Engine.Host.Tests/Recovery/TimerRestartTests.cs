using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Recovery;

/// <summary>
/// The embedded default keeps Hangfire's jobs in memory, so a restart loses every scheduled job. A timer must
/// still fire: at start the host re-arms every timer bookmark that has no live job.
/// </summary>
public sealed class TimerRestartTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _data = Directory.CreateTempSubdirectory("casesystem-timer-").FullName;
    private HostProcess? _host;

    public void Dispose()
    {
        _host?.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ATimerSetBeforeTheHostStopped_FiresAfterItStartsAgain()
    {
        _host = await HostProcess.StartAsync(_data, Patience);
        var definitionId = await _host.Client.PublishNewAsync(Definitions.Sequence(Definitions.NewId("timer"),
            Definitions.WriteLine("before", "преди"),
            Definitions.Activity("wait", "Elsa.Delay", ("timeSpan", "TimeSpan", "00:00:03")),
            Definitions.WriteLine("after", "след")));
        var instance = await _host.Client.ExecuteAsync(definitionId);
        var instanceId = (string)instance["id"]!;
        _host.Kill();
        _host.Dispose();

        _host = await HostProcess.StartAsync(_data, Patience);
        var finished = await _host.Client.WaitForSubStatusAsync(instanceId, "Finished", Patience);

        Assert.Equal("Suspended", (string?)instance["subStatus"]);
        var journal = await _host.Client.JournalAsync(instanceId);
        Assert.Equal(["before:Completed", "wait:Suspended", "wait:Completed", "after:Completed"],
            journal.Select(e => $"{e!["activityId"]}:{e["kind"]}"));
        Assert.NotNull(finished["finishedAt"]);
    }
}
