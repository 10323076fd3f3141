using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Security;
using CaseSystem.Host.Tests.Portal;
using CaseSystem.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CaseSystem.Host.Tests.Cases;

/// <summary>
/// A citizen's upload and its register entry stand or fall together, on a host of its own (the register is
/// broken on purpose); and the upload's registration on PostgreSQL.
/// </summary>
public sealed class RegisterUploadTests
{
    [Fact]
    public async Task When_registering_fails_the_upload_is_withdrawn_and_the_citizen_gets_the_error()
    {
        await using var factory = new HostFactory();
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("broken"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        await CloseRegisterAsync(factory);

        using var pdf = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7\n% отказан\n"));
        using var response = await citizen.PostAsync($"/api/cases/{request.Id}/documents?fileName=a.pdf", pdf);
        var listed = await citizen.GetFromJsonAsync<JsonArray>($"/api/cases/{request.Id}/documents");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(listed!);
    }

    [SkippableFact]
    public async Task On_PostgreSQL_a_citizens_upload_is_registered_and_found_by_its_Cyrillic_subject()
    {
        await using var database = await ThrowawayDatabase.CreateAsync("register");
        await using var factory = new HostFactory(database.HostSettings("register-postgres-test-key"));
        using var citizen = await factory.SignUpAsync(Citizens.NewEmail("postgres"));
        var request = await citizen.OpenCaseAsync("Счупена пейка");
        using var pdf = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7\n% снимка\n"));
        using var uploaded = await citizen.PostAsync(
            $"/api/cases/{request.Id}/documents?fileName={Uri.EscapeDataString("Снимка.pdf")}", pdf);
        var document = await uploaded.Content.ReadFromJsonAsync<JsonObject>();
        using var key = factory.CreateApiClient();
        key.DefaultRequestHeaders.Authorization = new(ApiKeyAuthenticationHandler.SchemeName,
            "register-postgres-test-key");

        var found = await key.GetOkAsync("/api/register?q=" + Uri.EscapeDataString("СНИМКА.PDF"));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var entry = Assert.Single(found["items"]!.AsArray())!;
        Assert.Equal((string?)document!["registrationIndex"], (string?)entry["registrationIndex"]);
        Assert.Equal((string?)document["id"], (string?)entry["documentId"]);
    }

    /// <summary>A trigger that refuses every new register entry, as a failing database would.</summary>
    private static async Task CloseRegisterAsync(HostFactory factory)
    {
        await using var connection = new SqliteConnection(
            $"Data Source={Path.Combine(factory.DataFolder, "casesystem.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TRIGGER register_closed BEFORE INSERT ON register_entries "
            + "BEGIN SELECT RAISE(ABORT, 'the register is closed'); END;";
        await command.ExecuteNonQueryAsync();
    }
}
