using System.Globalization;
using System.Net;
using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseSystem.Host.Tests.Open311.Open311Calls;

namespace CaseSystem.Host.Tests.Open311;

/// <summary>
/// Every refusal of every endpoint, in the format the path asks for: GeoReport v2's list of <c>{code,
/// description}</c> with 400, 403 or 404, a description that says what to change, and nothing saved.
/// </summary>
public sealed class Open311ErrorTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private const string NoSuchId = "1b7a1c0e-0000-4000-8000-000000000000";

    public static TheoryData<string, int, string> BadReads()
    {
        var reads = new (string Path, int Status, string Says)[]
        {
            ($"requests/{NoSuchId}.{{0}}", 404, "No request"),
            ("requests/not-an-id.{0}", 404, "No request"),
            ($"tokens/{NoSuchId}.{{0}}", 404, "token"),
            ("tokens/not-a-token.{0}", 404, "token"),
            ("services/unicorns.{0}", 404, "unicorns"),
            ("requests.{0}?start_date=yesterday", 400, "start_date"),
            ("requests.{0}?end_date=2026-13-01", 400, "end_date"),
            ("requests.{0}?start_date=2026-12-02T00:00:00Z&end_date=2026-12-01T00:00:00Z", 400, "swap"),
            ("requests.{0}?status=pending", 400, "status"),
            ("requests.{0}?service_code=unicorns", 400, "unicorns"),
            ("requests.{0}?service_request_id=42", 400, "42"),
            ("requests.{0}?page=0", 400, "page"),
            ("requests.{0}?page=two", 400, "page"),
            ("requests.{0}?page_size=5000", 400, "page_size"),
            ("requests.{0}?extended_status=lost", 400, "extended_status"),
        };
        var data = new TheoryData<string, int, string>();
        foreach (var (path, status, says) in reads)
        {
            foreach (var format in new[] { "json", "xml" })
            {
                data.Add(string.Format(CultureInfo.InvariantCulture, path, format), status, says);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadReads))]
    public async Task Each_bad_read_answers_an_error_list_in_its_format_with_its_code(string path, int status,
        string says)
    {
        using var client = factory.CreateClient();
        var format = path.Split('?')[0].EndsWith(".xml", StringComparison.Ordinal) ? "xml" : "json";

        using var response = await client.GetAsync($"{Base}/{path}");
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(errors, e => e.Description.Contains(says, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("discovery.yaml")]
    [InlineData("services.yaml")]
    [InlineData("services/roads.html")]
    [InlineData("requests.csv")]
    [InlineData($"requests/{NoSuchId}.yaml")]
    [InlineData($"tokens/{NoSuchId}.txt")]
    public async Task A_format_other_than_json_or_xml_is_refused_in_JSON(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"{Base}/{path}");
        var errors = await ErrorsAsync(response, "json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Description.Contains("end the path in .json or .xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_to_a_format_other_than_json_or_xml_is_refused_and_saves_nothing()
    {
        using var client = factory.CreateClient();
        var before = await SignalCountAsync();

        using var response = await PostAsync(client, "requests.yaml", Valid());
        var errors = await ErrorsAsync(response, "json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Description.Contains(".json or .xml", StringComparison.Ordinal));
        Assert.Equal(before, await SignalCountAsync());
    }

    [Theory]
    [InlineData("GET", "requests/1/photos.json", "json")]
    [InlineData("GET", "jurisdictions.xml", "xml")]
    [InlineData("DELETE", "requests.json", "json")]
    [InlineData("PUT", $"requests/{NoSuchId}.xml", "xml")]
    [InlineData("POST", "services.json", "json")]
    public async Task A_path_or_method_nothing_serves_answers_404_as_an_error_list(string method, string path,
        string format)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Base}/{path}");

        using var response = await client.SendAsync(request);
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(errors, e => e.Description.Contains($"{method} {Base}/{path}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_form_past_the_readers_limits_is_refused_as_an_error_list_and_saves_nothing(string format)
    {
        using var client = factory.CreateClient();
        var form = Valid();
        for (var i = 0; i < 1100; i++)
        {
            form[$"attribute[extra{i}]"] = "x";
        }

        var before = await SignalCountAsync();

        using var response = await PostAsync(client, $"requests.{format}", form);
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Description.StartsWith("The form cannot be read", StringComparison.Ordinal));
        Assert.Equal(before, await SignalCountAsync());
    }

    [Theory]
    [InlineData("json", null)]
    [InlineData("xml", null)]
    [InlineData("json", "")]
    [InlineData("xml", "")]
    [InlineData("json", "not-a-key")]
    [InlineData("xml", "not-a-key")]
    [InlineData("json", "OPEN311-DEMO-KEY")]
    public async Task A_post_without_a_valid_api_key_is_refused_with_403_and_saves_nothing(string format,
        string? key)
    {
        using var client = factory.CreateClient();
        var form = Valid();
        if (key is null)
        {
            form.Remove("api_key");
        }
        else
        {
            form["api_key"] = key;
        }

        var before = await SignalCountAsync();

        using var response = await PostAsync(client, $"requests.{format}", form);
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("api_key", Assert.Single(errors).Description, StringComparison.Ordinal);
        Assert.Equal(before, await SignalCountAsync());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_bad_post_names_every_parameter_to_change_and_saves_nothing(string format)
    {
        using var client = factory.CreateClient();
        var form = Valid();
        form["service_code"] = "unicorns";
        form["description"] = "";
        form.Remove("lat");
        form.Remove("long");
        var before = await SignalCountAsync();

        using var response = await PostAsync(client, $"requests.{format}", form);
        var descriptions = (await ErrorsAsync(response, format)).Select(e => e.Description).ToList();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(descriptions, d => d.StartsWith("service_code:", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.StartsWith("description:", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.StartsWith("lat/long:", StringComparison.Ordinal)
            || d.StartsWith("address_string:", StringComparison.Ordinal));
        Assert.Equal(before, await SignalCountAsync());
    }

    [Theory]
    [InlineData("json", "lat", "north")]
    [InlineData("xml", "lat", "north")]
    [InlineData("json", "attribute[events_on]", "yesterday")]
    [InlineData("xml", "attribute[events_on]", "yesterday")]
    public async Task A_post_with_a_value_that_cannot_be_read_names_it(string format, string name, string value)
    {
        using var client = factory.CreateClient();
        var form = Valid();
        form[name] = value;

        using var response = await PostAsync(client, $"requests.{format}", form);
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Description.StartsWith($"{name} '{value}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public async Task A_post_that_is_not_form_encoded_is_refused(string format)
    {
        using var client = factory.CreateClient();
        using var body = new StringContent("{\"service_code\":\"roads\"}", System.Text.Encoding.UTF8,
            "application/json");

        using var response = await client.PostAsync($"{Base}/requests.{format}", body);
        var errors = await ErrorsAsync(response, format);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(errors, e => e.Description.Contains("form-encoded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Errors_are_in_English_when_asked_for()
    {
        using var client = factory.CreateClient();
        var form = Valid();
        form["description"] = "";

        using var response = await PostAsync(client, "requests.json?culture=en", form);
        var errors = await ErrorsAsync(response, "json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var description = Assert.Single(errors,
            e => e.Description.StartsWith("description:", StringComparison.Ordinal));
        Assert.Matches("^description: [A-Z][a-z ]+", description.Description);
    }

    private async Task<int> SignalCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MunicipalDbContext>().Signals.CountAsync();
    }
}
