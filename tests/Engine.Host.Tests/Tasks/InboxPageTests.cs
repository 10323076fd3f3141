using System.Net;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>The inbox pages as a browser without JavaScript gets them: who may open which.</summary>
public sealed class InboxPageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Nobody_signed_in_is_sent_to_sign_in_and_a_citizen_is_refused()
    {
        using var anonymous = factory.Browser();
        using var citizen = await SignedInAsync("citizen@sofia.example");

        using var signIn = await anonymous.GetAsync("/inbox");
        using var refused = await citizen.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/login", signIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_sees_the_department_page_and_a_clerk_does_not()
    {
        using var supervisor = await SignedInAsync("supervisor@sofia.example");
        using var clerk = await SignedInAsync("clerk@sofia.example");

        var page = await supervisor.GetStringAsync("/inbox/department");
        using var refused = await clerk.GetAsync("/inbox/department");

        Assert.Contains("<h1>Задачите на отдела reception</h1>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task The_list_page_is_Bulgarian_with_its_filters()
    {
        using var clerk = await SignedInAsync("clerk@sofia.example");

        var page = await clerk.GetStringAsync("/inbox?view=groups&sort=Priority");

        Assert.Contains("<h1>Задачи</h1>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"groups\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Priority\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.Browser();
        await client.SignInAsync(email, DemoAccounts.Password);
        return client;
    }
}
