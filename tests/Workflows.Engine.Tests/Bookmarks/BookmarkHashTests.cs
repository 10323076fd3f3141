using System.Security.Cryptography;
using System.Text;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Bookmarks;

/// <summary>
/// A bookmark's hash is the lower-case hex SHA-256 of name|payload|activityInstanceId, absent parts left out.
/// </summary>
public sealed class BookmarkHashTests
{
    private static string Sha256(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return string.Concat(hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Elsa.Event", """{"eventName":"go"}""", "i1:3", """Elsa.Event|{"eventName":"go"}|i1:3""")]
    [InlineData("Elsa.Event", """{"eventName":"go"}""", null, """Elsa.Event|{"eventName":"go"}""")]
    [InlineData("Elsa.Event", null, "i1:3", "Elsa.Event|i1:3")]
    [InlineData("Elsa.Event", null, null, "Elsa.Event")]
    public void Compute_HashesThePartsPresent(string name, string? payload, string? activityInstanceId, string text)
    {
        var hash = BookmarkHash.Compute(name, payload, activityInstanceId);

        Assert.Equal(Sha256(text), hash);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public async Task EventBookmark_HashesItsNameAndPayload_WithoutTheActivityInstance()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("wait", "Elsa.Event", ("eventName", In.Literal("permit-signed")));

        var run = await engine.RunAsync(flow);

        var bookmark = Assert.Single(run.Instance.Bookmarks);
        Assert.Equal(Sha256("""Elsa.Event|{"eventName":"permit-signed"}"""), bookmark.Hash);
        Assert.Equal(bookmark.Hash, Stimuli.Event("permit-signed").Hash);
    }

    [Fact]
    public async Task DelayBookmark_HashIncludesTheActivityInstance()
    {
        var engine = new TestEngine(time: new ManualTime(new DateTimeOffset(2025, 3, 3, 10, 30, 0, TimeSpan.Zero)));
        var flow = new Flow().Add("wait", "Elsa.Delay", ("timeSpan", In.Literal("00:05:00")));

        var run = await engine.RunAsync(flow, new StartOptions { InstanceId = "instance-1" });

        var bookmark = Assert.Single(run.Instance.Bookmarks);
        Assert.Equal("instance-1:1", bookmark.ActivityInstanceId);
        Assert.Equal(Sha256("""Elsa.Delay|{"resumeAt":"2025-03-03T10:35:00.0000000+00:00"}|instance-1:1"""),
            bookmark.Hash);
    }

    [Fact]
    public async Task TheSameEventInTwoInstances_HasTheSameHash()
    {
        var engine = new TestEngine();
        var flow = new Flow().Add("wait", "Elsa.Event", ("eventName", In.Literal("go")));

        var first = await engine.RunAsync(flow);
        var second = await engine.RunAsync(flow);

        Assert.Equal(first.Instance.Bookmarks[0].Hash, second.Instance.Bookmarks[0].Hash);
        Assert.NotEqual(first.Instance.Bookmarks[0].Id, second.Instance.Bookmarks[0].Id);
    }
}
