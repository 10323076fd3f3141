using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseSystem.Host.Tests.Support;

/// <summary>Working with server-rendered pages as a browser without JavaScript would: forms with their tokens.
/// </summary>
internal static partial class PageForms
{
    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Browser(this HostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>Opens <paramref name="path"/>, fills its form with <paramref name="fields"/> and posts it.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient browser, string path,
        params (string Name, string Value)[] fields) => browser.SubmitAsync(path, path, fields);

    /// <summary>Opens <paramref name="page"/> and posts a form of it to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient browser, string page, string action,
        params (string Name, string Value)[] fields)
    {
        var html = await browser.GetStringAsync(page);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", Token(html)));
        using var content = new FormUrlEncodedContent(form);
        return await browser.PostAsync(action, content);
    }

    /// <summary>Signs in through the sign-in page; fails the test unless it succeeds.</summary>
    public static async Task SignInAsync(this HttpClient browser, string email, string password)
    {
        using var response = await browser.SubmitAsync("/account/login", ("email", email), ("password", password));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"sign-in as {email} answered {(int)response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
