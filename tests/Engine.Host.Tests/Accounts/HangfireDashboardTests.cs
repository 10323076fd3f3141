using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Accounts;

/// <summary>The Hangfire dashboard shows jobs and their arguments: administrators only.</summary>
public sealed class HangfireDashboardTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_sign_in_page()
    {
        using var browser = factory.Browser();

        using var response = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_is_refused()
    {
        using var browser = factory.Browser();
        await browser.SignInAsync("clerk@sofia.example", DemoAccounts.Password);

        using var response = await browser.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_the_dashboard()
    {
        using var browser = factory.Browser();
        await browser.SignInAsync("admin@sofia.example", DemoAccounts.Password);

        var html = await browser.GetStringAsync("/hangfire");

        Assert.Contains("Hangfire", html, StringComparison.Ordinal);
    }
}
