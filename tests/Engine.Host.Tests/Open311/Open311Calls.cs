using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CaseSystem.Host.Open311;
using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Open311;

/// <summary>Calls to the Open311 endpoint as a client application makes them, and the answers read back.</summary>
internal static class Open311Calls
{
    public const string Base = "/open311/v2";

    /// <summary>A complete request from a named sender, with the demo key.</summary>
    public static Dictionary<string, string> Valid() => new()
    {
        ["api_key"] = Open311Options.DemoKey,
        ["service_code"] = "roads",
        ["lat"] = "42.6977",
        ["long"] = "23.3219",
        ["description"] = "Дупка на платното пред № 12.",
        ["first_name"] = "Мария",
        ["last_name"] = "Иванова",
        ["email"] = "maria@example.bg",
        ["phone"] = "0888123456",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path,
        Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync($"{Base}/{path}", content);
    }

    public static async Task<string> PostedIdAsync(HttpClient client, Dictionary<string, string>? form = null)
    {
        using var posted = await PostAsync(client, "requests.json", form ?? Valid());
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray().Single()!["service_request_id"]!
            .GetValue<string>();
    }

    public static async Task<JsonNode?> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"{Base}/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    public static async Task<XDocument> XmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"{Base}/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The ids of a JSON request list, in its order.</summary>
    public static List<string> Ids(JsonNode? list) =>
        [.. list!.AsArray().Select(r => r!["service_request_id"]!.GetValue<string>())];

    /// <summary>
    /// The error list of an answer, checked to be GeoReport v2's shape in its format: a JSON array of objects with
    /// exactly a numeric <c>code</c> and a <c>description</c>, or XML's <c>errors</c> of <c>error</c> elements
    /// with the same two; each code is the answer's status.
    /// </summary>
    public static async Task<List<(int Code, string Description)>> ErrorsAsync(HttpResponseMessage response,
        string format)
    {
        var text = await response.Content.ReadAsStringAsync();
        List<(int Code, string Description)> errors;
        if (format == "xml")
        {
            Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
            var root = XDocument.Parse(text).Root!;
            Assert.Equal("errors", root.Name.LocalName);
            Assert.All(root.Elements(), e => Assert.Equal("error", e.Name.LocalName));
            Assert.All(root.Elements(), e => Assert.Equal(["code", "description"],
                e.Elements().Select(f => f.Name.LocalName)));
            errors = [.. root.Elements("error").Select(e => (
                int.Parse(e.Element("code")!.Value, NumberStyles.None, CultureInfo.InvariantCulture),
                e.Element("description")!.Value))];
        }
        else
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var list = JsonNode.Parse(text)!.AsArray();
            Assert.All(list, e => Assert.Equal(["code", "description"], e!.AsObject().Select(f => f.Key)));
            errors = [.. list.Select(e => (e!["code"]!.GetValue<int>(), e["description"]!.GetValue<string>()))];
        }

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((int)response.StatusCode, e.Code));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Description)));
        return errors;
    }

    /// <summary>Moves a signal's reception into the past, as if it had been received then.</summary>
    public static async Task ReceivedAtAsync(this HostFactory factory, string id, DateTimeOffset at)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var signalId = Guid.Parse(id);
        var changed = await db.Signals.Where(s => s.Id == signalId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceivedAt, at.ToUniversalTime()));
        Assert.Equal(1, changed);
    }

    /// <summary>A moment as a query parameter: ISO 8601 in UTC, escaped.</summary>
    public static string Query(DateTimeOffset moment) => Uri.EscapeDataString(
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
