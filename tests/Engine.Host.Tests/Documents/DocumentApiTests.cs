using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace CaseSystem.Host.Tests.Documents;

/// <summary>
/// Case documents through the host on the embedded default: metadata in SQLite, content in the data folder.
/// The same routes on S3 are in <see cref="S3DocumentApiTests"/>.
/// </summary>
public sealed class DocumentApiTests(HostFactory factory) : IClassFixture<HostFactory>
{
    private static readonly byte[] Pdf = Encoding.UTF8.GetBytes("%PDF-1.7\n% заявление за удостоверение\n%%EOF\n");

    [Fact]
    public async Task A_form_upload_is_listed_with_its_metadata_and_downloads_unchanged()
    {
        using var client = factory.CreateApiClient();
        var caseId = NewCase();

        var created = await DocumentCalls.UploadFormAsync(client, caseId, Pdf, "заявление.pdf");
        var listed = await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/documents");
        using var download = await client.GetAsync($"/api/documents/{created["id"]}/content");

        var version = created["versions"]![0]!;
        Assert.Equal("заявление.pdf", (string?)created["name"]);
        Assert.Equal("application/pdf", (string?)version["mediaType"]);
        Assert.Equal(Pdf.Length, (long)version["size"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), (string?)version["sha256"]);
        Assert.Equal("api-key", (string?)version["author"]);
        Assert.Equal((string?)created["id"], (string?)Assert.Single(listed!)!["id"]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{version["sha256"]}\"", download.Headers.ETag!.Tag);
        Assert.Equal("заявление.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }

    [Fact]
    public async Task A_raw_upload_has_its_hostile_name_cleaned_and_its_type_read_from_the_content()
    {
        using var client = factory.CreateApiClient();

        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), Pdf, "../../etc/CON.txt");

        Assert.Equal("_CON.txt", (string?)created["name"]);
        Assert.Equal("application/pdf", (string?)created["versions"]![0]!["mediaType"]);
    }

    [Fact]
    public async Task A_byte_range_is_served_as_partial_content_and_one_past_the_end_is_refused()
    {
        using var client = factory.CreateApiClient();
        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), Pdf, "a.pdf");
        var route = $"/api/documents/{created["id"]}/content";

        using var part = await client.SendAsync(Ranged(route, "bytes=0-7"));
        using var tail = await client.SendAsync(Ranged(route, "bytes=-6"));
        using var past = await client.SendAsync(Ranged(route, $"bytes={Pdf.Length}-"));

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("%PDF-1.7", Encoding.UTF8.GetString(await part.Content.ReadAsByteArrayAsync()));
        Assert.Equal($"bytes 0-7/{Pdf.Length}", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal("%%EOF\n", Encoding.UTF8.GetString(await tail.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, past.StatusCode);
    }

    [Fact]
    public async Task Content_of_a_type_not_accepted_is_refused_saying_what_to_send()
    {
        using var client = factory.CreateApiClient();
        var caseId = NewCase();

        using var response = await client.PostAsync($"/api/cases/{caseId}/documents?fileName=run.pdf",
            new ByteArrayContent("MZ\u0090\0 not a pdf"u8.ToArray()));
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Send one of: PDF", (string?)problem!["detail"], StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/documents"))!);
    }

    [Fact]
    public async Task A_new_version_leaves_the_first_readable()
    {
        using var client = factory.CreateApiClient();
        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), Pdf, "v1.pdf");
        var second = Encoding.UTF8.GetBytes("%PDF-1.7\n% втора версия\n");

        using var added = await client.PostAsync($"/api/documents/{created["id"]}/versions?fileName=v2.pdf",
            new ByteArrayContent(second));
        var document = await client.GetFromJsonAsync<JsonObject>($"/api/documents/{created["id"]}");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("v2.pdf", (string?)document!["name"]);
        Assert.Equal(2, document["versions"]!.AsArray().Count);
        Assert.Equal(Pdf, await client.GetByteArrayAsync($"/api/documents/{created["id"]}/content?version=1"));
        Assert.Equal(second, await client.GetByteArrayAsync($"/api/documents/{created["id"]}/content"));
    }

    [Fact]
    public async Task A_legal_hold_stops_deletion_and_deletion_hides_the_document()
    {
        using var client = factory.CreateApiClient();
        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), Pdf, "held.pdf");
        var route = $"/api/documents/{created["id"]}";

        using var unreasoned = await client.PutAsJsonAsync($"{route}/legal-hold", new { reason = "" });
        using var held = await client.PutAsJsonAsync($"{route}/legal-hold", new { reason = "дело 1234/2026" });
        using var refused = await client.DeleteAsync(route);
        using var released = await client.DeleteAsync($"{route}/legal-hold");
        using var deleted = await client.DeleteAsync(route);
        using var gone = await client.GetAsync(route);

        Assert.Equal(HttpStatusCode.BadRequest, unreasoned.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, held.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("дело 1234/2026", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_download_link_works_without_a_credential_and_a_changed_one_does_not()
    {
        using var client = factory.CreateApiClient();
        using var anonymous = factory.CreateClient();
        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), Pdf, "link.pdf");

        using var response = await client.PostAsJsonAsync($"/api/documents/{created["id"]}/links", new { minutes = 5 });
        var link = await response.Content.ReadFromJsonAsync<JsonObject>();
        var url = new Uri((string)link!["url"]!);
        var tampered = url.AbsolutePath[..^2] + (url.AbsolutePath.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA");
        using var refused = await anonymous.GetAsync(tampered);
        using var tooLong = await client.PostAsJsonAsync($"/api/documents/{created["id"]}/links", new { minutes = 600 });

        Assert.Equal(Pdf, await anonymous.GetByteArrayAsync(url.PathAndQuery));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.InRange(DateTimeOffset.Parse((string)link["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(4), DateTimeOffset.UtcNow.AddMinutes(6));
    }

    [Fact]
    public async Task A_changed_object_is_reported_and_never_served()
    {
        using var client = factory.CreateApiClient();
        var content = Encoding.UTF8.GetBytes("%PDF-1.7\n% to be damaged " + Guid.NewGuid() + "\n");
        var created = await DocumentCalls.UploadRawAsync(client, NewCase(), content, "damaged.pdf");
        var sha = (string)created["versions"]![0]!["sha256"]!;
        var file = Directory.EnumerateFiles(Path.Combine(factory.DataFolder, "documents"), sha,
            SearchOption.AllDirectories).Single();
        File.SetAttributes(file, FileAttributes.Normal);
        await File.WriteAllBytesAsync(file, [.. content.Take(content.Length - 1), (byte)'X']);

        using var response = await client.GetAsync($"/api/documents/{created["id"]}/content");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("The stored content is damaged", body, StringComparison.Ordinal);
        Assert.DoesNotContain("to be damaged", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_loses_where_it_was_taken()
    {
        using var client = factory.CreateApiClient();

        var created = await DocumentCalls.UploadFormAsync(client, NewCase(), PhotoWithLocation(), "дупка.jpg");
        var stored = await client.GetByteArrayAsync($"/api/documents/{created["id"]}/content");

        using var image = Image.Load(stored);
        Assert.Null(image.Metadata.ExifProfile?.GetValue(ExifTag.GPSLatitude));
        Assert.Equal(64, image.Width);
    }

    [Fact]
    public async Task Documents_need_the_administrators_credential()
    {
        using var anonymous = factory.CreateClient();

        using var list = await anonymous.GetAsync($"/api/cases/{NewCase()}/documents");
        using var upload = await anonymous.PostAsync($"/api/cases/{NewCase()}/documents?fileName=a.pdf",
            new ByteArrayContent(Pdf));

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_and_nothing_is_kept()
    {
        await using var small = new HostFactory(new Dictionary<string, string?> { ["Documents:MaxUploadBytes"] = "1024" });
        using var client = small.CreateApiClient();
        var caseId = NewCase();
        var big = new byte[4096];
        Pdf.CopyTo(big, 0);

        using var response = await client.PostAsync($"/api/cases/{caseId}/documents?fileName=big.pdf",
            new ByteArrayContent(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/documents"))!);
    }

    private static string NewCase() => "СО-" + Guid.NewGuid().ToString("N")[..8];

    private static HttpRequestMessage Ranged(string route, string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.TryAddWithoutValidation("Range", range);
        return request;
    }

    private static byte[] PhotoWithLocation()
    {
        using var image = new Image<Rgba32>(64, 48);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(42, 1), new Rational(41, 1), new Rational(45, 1)]);
        image.Metadata.ExifProfile = exif;
        using var buffer = new MemoryStream();
        image.Save(buffer, new JpegEncoder { Quality = 90 });
        return buffer.ToArray();
    }
}

/// <summary>Uploads through the document routes, asserting they were accepted.</summary>
internal static class DocumentCalls
{
    public static async Task<JsonObject> UploadFormAsync(HttpClient client, string caseId, byte[] content,
        string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync($"/api/cases/{Uri.EscapeDataString(caseId)}/documents", form);
        return await CreatedAsync(response);
    }

    public static async Task<JsonObject> UploadRawAsync(HttpClient client, string caseId, byte[] content,
        string fileName)
    {
        using var response = await client.PostAsync(
            $"/api/cases/{Uri.EscapeDataString(caseId)}/documents?fileName={Uri.EscapeDataString(fileName)}",
            new ByteArrayContent(content));
        return await CreatedAsync(response);
    }

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
