using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using static CaseSystem.Host.Tests.Open311.Open311Calls;

namespace CaseSystem.Host.Tests.Open311;

/// <summary>
/// GET requests over HTTP: the last 90 days when no dates or ids are given, <c>start_date</c> and <c>end_date</c>,
/// and pages of <c>page_size</c> with the whole count in <c>X-Total-Count</c>, in JSON and XML alike.
/// </summary>
public sealed class Open311ListTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Without_dates_or_ids_the_list_holds_the_last_90_days_only()
    {
        using var client = factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        var recent = await PostedIdAsync(client);
        var inside = await PostedIdAsync(client);
        var old = await PostedIdAsync(client);
        await factory.ReceivedAtAsync(inside, now.AddDays(-89));
        await factory.ReceivedAtAsync(old, now.AddDays(-91));

        var json = Ids(await JsonAsync(client, "requests.json?service_code=roads"));
        var xml = (await XmlAsync(client, "requests.xml?service_code=roads")).Root!.Elements("request")
            .Select(r => r.Element("service_request_id")!.Value).ToList();
        var byId = Ids(await JsonAsync(client, $"requests.json?service_request_id={old}"));

        foreach (var ids in new[] { json, xml })
        {
            Assert.Contains(recent, ids);
            Assert.Contains(inside, ids);
            Assert.DoesNotContain(old, ids);
        }

        Assert.Equal([old], byId);
    }

    [Fact]
    public async Task Start_and_end_date_pick_the_requests_received_between_them_however_old()
    {
        using var client = factory.CreateClient();
        var day = DateTimeOffset.UtcNow.AddDays(-300);
        var before = await PostedIdAsync(client);
        var within = await PostedIdAsync(client);
        var after = await PostedIdAsync(client);
        await factory.ReceivedAtAsync(before, day.AddHours(-1));
        await factory.ReceivedAtAsync(within, day.AddHours(1));
        await factory.ReceivedAtAsync(after, day.AddHours(25));

        var between = Ids(await JsonAsync(client,
            $"requests.json?start_date={Query(day)}&end_date={Query(day.AddDays(1))}"));
        var inSofiasTime = Ids(await JsonAsync(client,
            $"requests.json?start_date={Uri.EscapeDataString(day.ToOffset(TimeSpan.FromHours(2))
                .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture))}"
            + $"&end_date={Query(day.AddDays(1))}"));
        var fromOnly = Ids(await JsonAsync(client, $"requests.json?start_date={Query(day)}"));
        var untilOnly = Ids(await JsonAsync(client, $"requests.json?end_date={Query(day)}"));

        Assert.Equal([within], between);
        Assert.Equal([within], inSofiasTime);
        Assert.Contains(within, fromOnly);
        Assert.Contains(after, fromOnly);
        Assert.DoesNotContain(before, fromOnly);
        Assert.Contains(before, untilOnly);
        Assert.DoesNotContain(within, untilOnly);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task Pages_of_page_size_go_newest_first_and_X_Total_Count_counts_them_all(string format)
    {
        using var client = factory.CreateClient();
        var day = DateTimeOffset.UtcNow.AddDays(format == "json" ? -400 : -500);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await PostedIdAsync(client);
            await factory.ReceivedAtAsync(id, day.AddMinutes(i));
            ids.Add(id);
        }

        var window = $"start_date={Query(day)}&end_date={Query(day.AddHours(1))}&page_size=2";
        var first = await PageAsync(client, $"requests.{format}?{window}", format);
        var second = await PageAsync(client, $"requests.{format}?{window}&page=2", format);
        var beyond = await PageAsync(client, $"requests.{format}?{window}&page=3", format);
        var whole = await PageAsync(client, $"requests.{format}?start_date={Query(day)}&end_date={
            Query(day.AddHours(1))}", format);

        Assert.Equal([3, 3, 3, 3], new[] { first.Total, second.Total, beyond.Total, whole.Total });
        Assert.Equal([ids[2], ids[1]], first.Ids);
        Assert.Equal([ids[0]], second.Ids);
        Assert.Empty(beyond.Ids);
        Assert.Equal([ids[2], ids[1], ids[0]], whole.Ids);
    }

    private static async Task<(int Total, List<string> Ids)> PageAsync(HttpClient client, string path,
        string format)
    {
        using var response = await client.GetAsync($"{Base}/{path}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(),
            System.Globalization.CultureInfo.InvariantCulture);
        var ids = format == "xml"
            ? [.. XDocument.Parse(text).Root!.Elements("request").Select(r => r.Element("service_request_id")!.Value)]
            : Ids(JsonNode.Parse(text));
        return (total, ids);
    }
}
