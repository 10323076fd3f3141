using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Accounts;

/// <summary>Signing in on the page: Bulgarian first, errors beside their fields, antiforgery, roles.</summary>
public sealed class SignInTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_sign_in_page_is_Bulgarian_and_carries_an_antiforgery_token()
    {
        using var browser = factory.Browser();

        var html = await browser.GetStringAsync("/account/login");

        Assert.Contains("<html lang=\"bg\">", html, StringComparison.Ordinal);
        Assert.Contains("Вход в системата", html, StringComparison.Ordinal);
        Assert.NotEmpty(PageForms.Token(html));
    }

    [Fact]
    public async Task A_wrong_password_is_told_beside_the_field_and_in_the_summary()
    {
        using var browser = factory.Browser();

        using var response = await browser.SubmitAsync("/account/login",
            ("email", "clerk@sofia.example"), ("password", "not the password"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"email-error\">Електронната поща или паролата не са верни.",
            html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"clerk@sofia.example\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_each_asked_for()
    {
        using var browser = factory.Browser();

        using var response = await browser.SubmitAsync("/account/login", ("email", ""), ("password", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Въведете електронната си поща.", html, StringComparison.Ordinal);
        Assert.Contains("Въведете паролата си.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_token_is_refused()
    {
        using var browser = factory.Browser();
        using var form = new FormUrlEncodedContent(
            [new("email", "clerk@sofia.example"), new("password", DemoAccounts.Password)]);

        using var response = await browser.PostAsync("/account/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie"
            && h.Value.Any(v => v.StartsWith("casesystem.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_demo_clerk_signs_in_and_out()
    {
        using var browser = factory.Browser();

        await browser.SignInAsync("clerk@sofia.example", DemoAccounts.Password);
        var home = await browser.GetStringAsync("/");
        using var signOut = await browser.SubmitAsync("/", "/account/logout");
        var after = await browser.GetStringAsync("/");

        Assert.Contains("Влезли сте като clerk@sofia.example", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/inbox\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Влезли сте като", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_one_link_away_and_stays_chosen()
    {
        using var browser = factory.Browser();
        var bulgarian = await browser.GetStringAsync("/account/login");

        using var chosen = await browser.GetAsync("/language?culture=en&returnUrl=%2Faccount%2Flogin");
        var english = await browser.GetStringAsync("/account/login");

        Assert.Contains("href=\"/language?culture=en&amp;returnUrl=%2Faccount%2Flogin\"", bulgarian,
            StringComparison.Ordinal);
        Assert.Equal("/account/login", chosen.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("<h1>Sign in</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_default_has_its_demo_accounts_with_roles_and_departments()
    {
        _ = factory.Browser();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        foreach (var demo in DemoAccounts.All)
        {
            var account = await users.FindByEmailAsync(demo.Email);
            Assert.NotNull(account);
            Assert.Equal(demo.Department, account.Department);
            Assert.Equal(demo.Role, Assert.Single(await users.GetRolesAsync(account)));
            Assert.True(await users.CheckPasswordAsync(account, DemoAccounts.Password));
        }
    }

    [Fact]
    public async Task A_signed_in_citizen_is_refused_the_staffs_API_with_a_problem()
    {
        using var browser = factory.Browser();
        await browser.SignInAsync("citizen@sofia.example", DemoAccounts.Password);

        using var response = await browser.GetAsync("/api/tasks");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This needs another role", body, StringComparison.Ordinal);
    }
}
