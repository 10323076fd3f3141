using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using static CaseSystem.Host.Tests.Open311.Open311Calls;

namespace CaseSystem.Host.Tests.Open311;

/// <summary>
/// The GeoReport v2 contract, endpoint by endpoint, in JSON and XML: shapes, filters, identifiers as strings,
/// times with their offset, the extended statuses, and each error with its code.
/// </summary>
public sealed class Open311Tests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Discovery_names_the_specification_and_both_formats()
    {
        using var client = factory.CreateClient();

        var json = await JsonAsync(client, "discovery.json");
        var xml = await XmlAsync(client, "discovery.xml");

        var endpoint = json!["endpoints"]![0]!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint["specification"]!.GetValue<string>());
        Assert.EndsWith("/open311/v2", endpoint["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"],
            endpoint["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("discovery", xml.Root!.Name.LocalName);
        Assert.Equal(["text/xml", "application/json"],
            xml.Root.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format")
                .Select(f => f.Value));
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
            english.Single(s => s!["service_code"]!.GetValue<string>() == "roads")!["service_name"]!
                .GetValue<string>());
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

    [Fact]
    public async Task A_post_in_XML_answers_its_id_token_and_notice_as_a_request_list()
    {
        using var client = factory.CreateClient();

        using var posted = await PostAsync(client, "requests.xml", Valid());
        var xml = XDocument.Parse(await posted.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("text/xml", posted.Content.Headers.ContentType?.MediaType);
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        var request = Assert.Single(xml.Root.Elements());
        Assert.Equal("request", request.Name.LocalName);
        Assert.Equal(["service_request_id", "token", "service_notice", "account_id"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.True(Guid.TryParse(request.Element("service_request_id")!.Value, out _));
        Assert.Equal(request.Element("service_request_id")!.Value, request.Element("token")!.Value);
        Assert.StartsWith("Регистриран с индекс СОА", request.Element("service_notice")!.Value,
            StringComparison.Ordinal);
        Assert.True(request.Element("account_id")!.IsEmpty);
    }

    [Fact]
    public async Task A_token_in_XML_names_the_request_it_stands_for()
    {
        using var client = factory.CreateClient();
        var id = await PostedIdAsync(client);

        var xml = await XmlAsync(client, $"tokens/{id}.xml");

        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        var request = Assert.Single(xml.Root.Elements("request"));
        Assert.Equal(id, request.Element("service_request_id")!.Value);
        Assert.Equal(id, request.Element("token")!.Value);
    }

    [Fact]
    public async Task The_request_list_and_a_single_request_in_XML_carry_every_field_and_the_extension()
    {
        using var client = factory.CreateClient();
        var id = await PostedIdAsync(client);

        var list = await XmlAsync(client, $"requests.xml?service_request_id={id}");
        var single = await XmlAsync(client, $"requests/{id}.xml");
        var json = (await JsonAsync(client, $"requests/{id}.json"))!.AsArray().Single()!.AsObject();

        foreach (var xml in new[] { list, single })
        {
            Assert.Equal("service_requests", xml.Root!.Name.LocalName);
            var request = Assert.Single(xml.Root.Elements());
            Assert.Equal("request", request.Name.LocalName);
            Assert.Equal(json.Select(f => f.Key), request.Elements().Select(e => e.Name.LocalName));
            Assert.Equal(id, request.Element("service_request_id")!.Value);
            Assert.Equal("open", request.Element("status")!.Value);
            Assert.Equal("roads", request.Element("service_code")!.Value);
            Assert.Equal("Пътна настилка и дупки", request.Element("service_name")!.Value);
            // The public point is rounded to about a hundred metres, as on the register's map.
            Assert.Equal("42.698", request.Element("lat")!.Value);
            Assert.Equal("23.322", request.Element("long")!.Value);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$",
                request.Element("requested_datetime")!.Value);
            Assert.True(request.Element("media_url")!.IsEmpty);
            var extension = request.Element("extended_attributes")!;
            Assert.Equal("received", extension.Element("status")!.Value);
            Assert.Equal("Получен", extension.Element("status_label")!.Value);
            Assert.StartsWith("СОА", extension.Element("registration_index")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Several_requests_in_XML_are_one_request_element_each()
    {
        using var client = factory.CreateClient();
        var first = await PostedIdAsync(client);
        var second = await PostedIdAsync(client);

        var xml = await XmlAsync(client, $"requests.xml?service_request_id={first},{second}");

        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), xml.Root!.Elements("request")
            .Select(r => r.Element("service_request_id")!.Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, xml.Root.Elements().Count());
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

    private static string JsonValueKind(JsonNode? node) => node?.GetValueKind().ToString() ?? "Null";
}
