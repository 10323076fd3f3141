using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>Delay, Timer, Cron and StartAt inside a flow: each waits on a bookmark due at a moment.</summary>
public sealed class TimeActivityTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 30, 0, TimeSpan.Zero);

    private static async Task<(TestEngine Engine, FlowRun Run)> RunAsync(string type, string input, string value)
    {
        var engine = new TestEngine(time: new ManualTime(Now));
        var flow = new Flow().Add("wait", type, (input, In.Literal(value))).WriteLine("after", "after")
            .Chain("wait", "after");
        return (engine, await engine.RunAsync(flow));
    }

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "00:05:00", 5)]
    [InlineData("Elsa.Timer", "interval", "01:00:00", 60)]
    [InlineData("Elsa.Cron", "cronExpression", "0 0 * * * *", 30)]
    [InlineData("Elsa.StartAt", "dateTime", "2025-03-03T12:00:00Z", 90)]
    public async Task TimeActivity_WaitsOnABookmarkDueAtTheRightMoment(string type, string input, string value,
        int minutesLater)
    {
        var (_, run) = await RunAsync(type, input, value);

        var bookmark = Assert.Single(run.Instance.Bookmarks);
        Assert.Equal(WorkflowSubStatus.Suspended, run.SubStatus);
        Assert.Equal(type, bookmark.Name);
        Assert.Equal(Now.AddMinutes(minutesLater), bookmark.ResumeAt);
    }

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "00:05:00")]
    [InlineData("Elsa.Timer", "interval", "01:00:00")]
    [InlineData("Elsa.Cron", "cronExpression", "*/15 * * * *")]
    [InlineData("Elsa.StartAt", "dateTime", "2025-03-04T00:00:00+02:00")]
    public async Task TimeActivity_ContinuesWhenItsBookmarkIsResumed(string type, string input, string value)
    {
        var (engine, run) = await RunAsync(type, input, value);

        var resumed = await engine.ResumeAsync(run, Assert.Single(run.Instance.Bookmarks));

        Assert.Equal(WorkflowSubStatus.Finished, resumed.SubStatus);
        Assert.Equal(["after"], engine.Lines);
    }

    [Fact]
    public async Task StartAt_AMomentAlreadyPast_ContinuesAtOnce()
    {
        var (engine, run) = await RunAsync("Elsa.StartAt", "dateTime", "2025-03-03T10:00:00Z");

        Assert.Equal(WorkflowSubStatus.Finished, run.SubStatus);
        Assert.Equal(["after"], engine.Lines);
    }
}
