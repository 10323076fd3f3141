using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Tests.Documents;

public sealed class DownloadLinksTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void A_link_names_its_version_until_it_expires_and_not_after()
    {
        var clock = new MovableClock(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var links = new DownloadLinks(Key, clock);
        var document = Guid.NewGuid();

        var (token, expiresAt) = links.Create(document, 3, TimeSpan.FromMinutes(10));
        var fresh = links.Check(token);
        clock.Now = expiresAt.AddSeconds(1);
        var late = links.Check(token);

        Assert.Equal(new LinkCheck(LinkStatus.Valid, document, 3), fresh);
        Assert.Equal(LinkStatus.Expired, late.Status);
    }

    [Fact]
    public void A_link_signed_with_another_key_or_cut_short_is_invalid()
    {
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        var (token, _) = new DownloadLinks(Key, clock).Create(Guid.NewGuid(), 1, TimeSpan.FromMinutes(1));
        var other = new DownloadLinks([.. Key.Reverse()], clock);

        Assert.Equal(LinkStatus.Invalid, other.Check(token).Status);
        Assert.Equal(LinkStatus.Invalid, new DownloadLinks(Key, clock).Check(token[..^4]).Status);
        Assert.Equal(LinkStatus.Invalid, new DownloadLinks(Key, clock).Check("not a token").Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void A_link_lives_between_a_second_and_an_hour(int minutes)
    {
        var links = new DownloadLinks(Key, TimeProvider.System);

        Assert.Throws<ArgumentOutOfRangeException>(() => links.Create(Guid.NewGuid(), 1, TimeSpan.FromMinutes(minutes)));
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
