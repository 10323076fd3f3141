using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CaseSystem.Host.Open311;

namespace CaseSystem.Host.Tests.Open311;

/// <summary>
/// The GeoReport v2 contract, endpoint by endpoint, in JSON and XML: shapes, filters, identifiers as strings,
/// times with their offset, the extended statuses, and each error with its code.
/// </summary>
public sealed class Open311Tests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string Base = "/open311/v2";

    [Fact]
    public async Task Discovery_names_the_specification_and_both_formats()
    {
        using var client = factory.CreateClient();

        var json = await JsonAsync(client, "discovery.json");
        var xml = await XmlAsync(client, "discovery.xml");

        var endpoint = json!["endpoints"]![0]!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint["specification"]!.GetValue<string>());
        Assert.EndsWith("/open311/v2", endpoint["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("discovery", xml.Root!.Name.LocalName);
        Assert.Equal(["text/xml", "application/json"],
            xml.Root.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value));
    }

    [Fact]
    public async Task Services_are_the_signal_categories_in_Bulgarian_and_in_English_on_request()
    {
        using var client = factory.CreateClient();

        var bulgarian = (await JsonAsync(client, "services.json"))!.AsArray();
        var english = (await JsonAsync(client, "services.json?culture=en"))!.AsArray();
        var xml = await XmlAsync(client, "services.xml");

        var roads = bulgarian.Single(s => s!["service_code"]!.GetValue<string>() == "roads")!;
        Assert.Equal("Пътна настилка и дупки", roads["service_name"]!.GetValue<string>());
        Assert.True(roads["metadata"]!.GetValue<bool>());
        Assert.Equal("realtime", roads["type"]!.GetValue<string>());
        Assert.Equal("Roads and potholes",
            english.Single(s => s!["service_code"]!.GetValue<string>() == "roads")!["service_name"]!.GetValue<string>());
        Assert.Equal(bulgarian.Count, xml.Root!.Elements("service").Count());
    }

    [Fact]
    public async Task A_service_definition_lists_its_attributes_with_their_values()
    {
        using var client = factory.CreateClient();

        var definition = await JsonAsync(client, "services/waste.json");
        var xml = await XmlAsync(client, "services/waste.xml");

        var attributes = definition!["attributes"]!.AsArray();
        Assert.Equal("waste", definition["service_code"]!.GetValue<string>());
        Assert.Equal(["district", "events_on", "share_description"],
            attributes.Select(a => a!["code"]!.GetValue<string>()));
        var district = attributes[0]!;
        Assert.Equal("singlevaluelist", district["datatype"]!.GetValue<string>());
        Assert.True(district["required"]!.GetValue<bool>());
        Assert.Contains(district["values"]!.AsArray(), v => v!["key"]!.GetValue<string>() == "sredets"
            && v["name"]!.GetValue<string>() == "Средец");
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal(3, xml.Root.Element("attributes")!.Elements("attribute").Count());
    }

    [Fact]
    public async Task A_posted_request_is_registered_and_read_back_by_id_token_and_filters()
    {
        using var client = factory.CreateClient();

        var posted = await PostAsync(client, "requests.json", Valid());
        var answer = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray().Single()!;
        var id = answer["service_request_id"]!.GetValue<string>();
        var single = (await JsonAsync(client, $"requests/{id}.json"))!.AsArray().Single()!;
        var token = (await JsonAsync(client, $"tokens/{answer["token"]!.GetValue<string>()}.json"))!.AsArray()
            .Single()!;
        var byCode = (await JsonAsync(client, $"requests.json?service_code=roads&status=open"))!.AsArray();
        var closedOnly = (await JsonAsync(client, $"requests.json?service_code=roads&status=closed"))!.AsArray();
        var byId = (await JsonAsync(client, $"requests.json?service_request_id={id}"))!.AsArray();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.StartsWith("Регистриран с индекс СОА", answer["service_notice"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal(id, single["service_request_id"]!.GetValue<string>());
        Assert.Equal("open", single["status"]!.GetValue<string>());
        Assert.Equal("roads", single["service_code"]!.GetValue<string>());
        Assert.Equal("Number", JsonValueKind(single["lat"]));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$",
            single["requested_datetime"]!.GetValue<string>());
        Assert.Equal("received", single["extended_attributes"]!["status"]!.GetValue<string>());
        Assert.StartsWith("СОА", single["extended_attributes"]!["registration_index"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal(id, token["service_request_id"]!.GetValue<string>());
        Assert.Contains(byCode, r => r!["service_request_id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(closedOnly, r => r!["service_request_id"]!.GetValue<string>() == id);
        Assert.Equal(id, byId.Single()!["service_request_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_request_holds_no_personal_data_and_its_description_only_when_the_sender_shared_it()
    {
        using var client = factory.CreateClient();
        var shared = Valid();
        shared["attribute[share_description]"] = "true";

        var privateId = await PostedIdAsync(client, Valid());
        var sharedId = await PostedIdAsync(client, shared);
        var privateText = await client.GetStringAsync($"{Base}/requests/{privateId}.json");
        var sharedOne = (await JsonAsync(client, $"requests/{sharedId}.json"))!.AsArray().Single()!;
        var xml = await client.GetStringAsync($"{Base}/requests/{privateId}.xml");

        foreach (var text in new[] { privateText, xml })
        {
            Assert.DoesNotContain("Мария", text, StringComparison.Ordinal);
            Assert.DoesNotContain("maria@example.bg", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0888", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Дупка", privateText, StringComparison.Ordinal);
        Assert.Contains("Дупка", sharedOne["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_nobody_named_is_the_laws_anonymous_signal()
    {
        using var client = factory.CreateClient();
        var anonymous = Valid();
        anonymous.Remove("first_name");
        anonymous.Remove("last_name");
        anonymous.Remove("email");
        anonymous.Remove("phone");

        using var posted = await PostAsync(client, "requests.json", anonymous);

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_post_without_a_valid_key_is_refused_with_403(string format)
    {
        using var client = factory.CreateClient();
        var form = Valid();
        form["api_key"] = "not-a-key";

        using var response = await PostAsync(client, $"requests.{format}", form);
        var (code, description) = await ErrorAsync(response, format);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("403", code);
        Assert.Contains("api_key", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_post_names_every_parameter_to_change()
    {
        using var client = factory.CreateClient();
        var form = Valid();
        form["service_code"] = "unicorns";
        form["description"] = "";
        form.Remove("lat");
        form.Remove("long");

        using var response = await PostAsync(client, "requests.json", form);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(errors, e => Assert.Equal(400, e!["code"]!.GetValue<int>()));
        var descriptions = errors.Select(e => e!["description"]!.GetValue<string>()).ToList();
        Assert.Contains(descriptions, d => d.StartsWith("service_code:", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.StartsWith("description:", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.StartsWith("lat/long:", StringComparison.Ordinal)
            || d.StartsWith("address_string:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_that_is_not_form_encoded_is_refused()
    {
        using var client = factory.CreateClient();
        using var body = new StringContent("{\"service_code\":\"roads\"}", System.Text.Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync($"{Base}/requests.json", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("form-encoded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requests/1b7a1c0e-0000-4000-8000-000000000000.json", 404, "No request")]
    [InlineData("requests/not-an-id.xml", 404, "No request")]
    [InlineData("tokens/1b7a1c0e-0000-4000-8000-000000000000.json", 404, "token")]
    [InlineData("services/unicorns.json", 404, "unicorns")]
    [InlineData("requests.json?start_date=yesterday", 400, "start_date")]
    [InlineData("requests.json?start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z", 400, "swap")]
    [InlineData("requests.json?status=pending", 400, "status")]
    [InlineData("requests.json?service_code=unicorns", 400, "unicorns")]
    [InlineData("requests.json?service_request_id=42", 400, "42")]
    [InlineData("requests.json?page_size=5000", 400, "page_size")]
    [InlineData("requests.json?extended_status=lost", 400, "extended_status")]
    [InlineData("services.yaml", 400, ".json or .xml")]
    public async Task Each_bad_read_answers_an_error_list_with_its_code(string path, int status, string says)
    {
        using var client = factory.CreateClient();
        var format = path.Contains(".xml", StringComparison.Ordinal) ? "xml" : "json";

        using var response = await client.GetAsync($"{Base}/{path}");
        var (code, description) = await ErrorAsync(response, format);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), code);
        Assert.Contains(says, description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extended_status_filter_picks_signals_by_their_citizen_visible_status()
    {
        using var client = factory.CreateClient();
        var id = await PostedIdAsync(client, Valid());

        var received = (await JsonAsync(client, "requests.json?extended_status=received"))!.AsArray();
        var fixedOnes = (await JsonAsync(client, "requests.json?extended_status=fixed"))!.AsArray();

        Assert.Contains(received, r => r!["service_request_id"]!.GetValue<string>() == id);
        Assert.DoesNotContain(fixedOnes, r => r!["service_request_id"]!.GetValue<string>() == id);
    }

    private static Dictionary<string, string> Valid() => new()
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

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path,
        Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync($"{Base}/{path}", content);
    }

    private static async Task<string> PostedIdAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var posted = await PostAsync(client, "requests.json", form);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return JsonNode.Parse(await posted.Content.ReadAsStringAsync())!.AsArray().Single()!["service_request_id"]!
            .GetValue<string>();
    }

    private static async Task<JsonNode?> JsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"{Base}/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<XDocument> XmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"{Base}/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<(string Code, string Description)> ErrorAsync(HttpResponseMessage response,
        string format)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (format == "xml")
        {
            var error = XDocument.Parse(text).Root!.Element("error")!;
            return (error.Element("code")!.Value, error.Element("description")!.Value);
        }

        var first = JsonNode.Parse(text)!.AsArray()[0]!;
        return (first["code"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture),
            first["description"]!.GetValue<string>());
    }

    private static string JsonValueKind(JsonNode? node) => node?.GetValueKind().ToString() ?? "Null";
}
