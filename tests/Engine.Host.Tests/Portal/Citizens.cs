using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>Citizens as the portal tests need them: signed up through the page, with cases opened through the API.
/// </summary>
internal static class Citizens
{
    public const string Password = "Parola-Mnogo-Dalga-9";

    public const string ValidEgn = "8001010008";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.bg";

    /// <summary>Signs a new citizen up through the sign-up page; the browser keeps their sign-in cookie.</summary>
    public static async Task<HttpClient> SignUpAsync(this HostFactory factory, string email, string egn = "")
    {
        var browser = factory.Browser();
        using var response = await browser.SubmitAsync("/account/register",
            ("name", "Мария Петрова"), ("email", email), ("password", Password), ("confirm", Password),
            ("egn", egn));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"sign-up answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return browser;
    }

    /// <summary>Opens a case as the signed-in citizen; answers its id, registration index and access code.</summary>
    public static async Task<OpenedRequest> OpenCaseAsync(this HttpClient citizen, string title)
    {
        using var response = await citizen.PostAsJsonAsync("/api/cases", new JsonObject
        {
            ["serviceCode"] = "signal",
            ["title"] = title,
            ["applicantKind"] = "Person",
            ["applicantIdentifier"] = ValidEgn,
            ["applicantName"] = "Мария Петрова",
        });
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, created?.ToJsonString());
        return new OpenedRequest(Guid.Parse((string)created!["case"]!["id"]!),
            (string)created["case"]!["registrationIndex"]!, (string)created["accessCode"]!);
    }

    /// <summary>Files a small PDF under the case as its citizen; answers the document's id.</summary>
    public static async Task<Guid> AddDocumentAsync(this HttpClient citizen, Guid caseId, string fileName)
    {
        using var pdf = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7\n% " + Guid.NewGuid() + "\n"));
        using var response = await citizen.PostAsync($"/api/cases/{caseId}/documents?fileName={fileName}", pdf);
        var document = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, document?.ToJsonString());
        return Guid.Parse((string)document!["id"]!);
    }
}

internal sealed record OpenedRequest(Guid Id, string Index, string AccessCode);
