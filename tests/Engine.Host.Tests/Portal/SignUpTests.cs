using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Portal;

/// <summary>Signing up as a citizen: each problem beside its field and in the summary, nothing half-saved.</summary>
public sealed class SignUpTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_citizen_signs_up_with_an_EGN_is_signed_in_and_has_the_citizen_role()
    {
        using var browser = factory.Browser();
        var email = Citizens.NewEmail("signup");

        using var response = await browser.SubmitAsync("/account/register",
            ("name", "Мария Петрова"), ("email", email), ("password", Citizens.Password),
            ("confirm", Citizens.Password), ("egn", "800101 0008"));
        var requests = await browser.GetStringAsync("/requests");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/requests", response.Headers.Location!.OriginalString);
        Assert.Contains($"Влезли сте като {email}", requests, StringComparison.Ordinal);
        var account = await FindAsync(email);
        Assert.NotNull(account);
        Assert.Equal("Мария Петрова", account.DisplayName);
        Assert.Equal(Citizens.ValidEgn, account.PersonalNumber);
        Assert.Null(account.Department);
        Assert.True(await InRoleAsync(account, Roles.Citizen));
    }

    [Fact]
    public async Task The_EGN_is_optional()
    {
        var email = Citizens.NewEmail("no-egn");

        using var browser = await factory.SignUpAsync(email);

        Assert.Null((await FindAsync(email))!.PersonalNumber);
    }

    [Theory]
    [InlineData("name", "", "Въведете името си.")]
    [InlineData("email", "", "Въведете електронната си поща.")]
    [InlineData("email", "not-an-address", "Въведете електронна поща във вида ime@example.com.")]
    [InlineData("password", "", "Въведете парола.")]
    [InlineData("password", "Kratka-1", "Паролата трябва да е поне 10 знака.")]
    [InlineData("password", "bezcifri-i-glavni", "Паролата трябва да съдържа цифра.")]
    [InlineData("confirm", "", "Въведете паролата още веднъж.")]
    [InlineData("confirm", "Druga-Parola-123", "Двете пароли не съвпадат.")]
    [InlineData("egn", "8001010009", "ЕГН не е вярно: контролната цифра")]
    [InlineData("egn", "80010100", "ЕГН има 10 цифри; въведеното има 8.")]
    public async Task Each_problem_is_told_beside_its_field_and_linked_from_the_summary(string field, string value,
        string message)
    {
        using var browser = factory.Browser();
        var email = Citizens.NewEmail("refused");
        var form = new Dictionary<string, string>
        {
            ["name"] = "Мария Петрова",
            ["email"] = email,
            ["password"] = Citizens.Password,
            ["confirm"] = Citizens.Password,
            ["egn"] = Citizens.ValidEgn,
        };
        form[field] = value;
        if (field == "password" && value.Length > 0)
        {
            form["confirm"] = value;
        }

        using var response = await browser.SubmitAsync("/account/register",
            [.. form.Select(f => (f.Key, f.Value))]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"{field}-error\">{message}", html, StringComparison.Ordinal);
        Assert.Contains($"<li><a href=\"#{field}\">{message}", html, StringComparison.Ordinal);
        Assert.Matches($"<input id=\"{field}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*{field}-error",
            html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"field-error\""));
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task An_e_mail_with_an_account_already_is_told_beside_the_field()
    {
        var email = Citizens.NewEmail("twice");
        using var first = await factory.SignUpAsync(email);
        using var browser = factory.Browser();

        using var response = await browser.SubmitAsync("/account/register",
            ("name", "Друга Петрова"), ("email", email.ToUpperInvariant()), ("password", Citizens.Password),
            ("confirm", Citizens.Password), ("egn", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"email-error\">Вече има профил с тази електронна поща.", html,
            StringComparison.Ordinal);
        Assert.Equal("Мария Петрова", (await FindAsync(email))!.DisplayName);
    }

    [Fact]
    public async Task What_was_typed_comes_back_except_the_passwords()
    {
        using var browser = factory.Browser();

        using var response = await browser.SubmitAsync("/account/register",
            ("name", "Мария Петрова"), ("email", "maria@example.bg"), ("password", "Kratka-1"),
            ("confirm", "Kratka-1"), ("egn", Citizens.ValidEgn));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("value=\"Мария Петрова\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"maria@example.bg\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Citizens.ValidEgn}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kratka-1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_up_posted_without_its_antiforgery_token_is_refused_and_saves_nothing()
    {
        using var browser = factory.Browser();
        var email = Citizens.NewEmail("forged");
        using var form = new FormUrlEncodedContent(
        [
            new("name", "Мария Петрова"), new("email", email), new("password", Citizens.Password),
            new("confirm", Citizens.Password),
        ]);

        using var response = await browser.PostAsync("/account/register", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task The_sign_up_page_is_in_English_when_English_is_chosen()
    {
        using var browser = factory.Browser();

        using var chosen = await browser.GetAsync("/language?culture=en&returnUrl=%2Faccount%2Fregister");
        using var response = await browser.SubmitAsync("/account/register", ("name", ""), ("email", ""),
            ("password", ""), ("confirm", ""), ("egn", "12"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<h1>Sign up as a citizen</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Enter your name.", html, StringComparison.Ordinal);
        Assert.Contains("An ЕГН has 10 digits; the one entered has 2.", html, StringComparison.Ordinal);
    }

    private async Task<Account?> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByEmailAsync(email);
    }

    private async Task<bool> InRoleAsync(Account account, string role)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().IsInRoleAsync(account, role);
    }
}
