using System.Net;
using CaseSystem.Host.Tests.Support;

namespace CaseSystem.Host.Tests.Tasks;

/// <summary>
/// The inbox list page's filters by case and by service, and its orders, as a browser without JavaScript uses
/// them: a GET form whose every choice is in the address.
/// </summary>
public sealed class InboxFilterPageTests(HostFactory factory) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task By_case_the_list_holds_the_tasks_of_the_case_typed_by_its_index_or_id()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");
        var (caseId, index) = await InboxCalls.OpenCaseAsync(admin);
        var service = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("permit"), "Разрешения", "Разрешение по преписка"));
        var ofCase = await InboxCalls.StartTaskAsync(admin, service, caseId.ToString());
        var other = await InboxCalls.StartTaskAsync(admin, service, Guid.NewGuid().ToString());

        var byIndex = await clerk.GetStringAsync(
            $"/inbox?view=all&case={Uri.EscapeDataString(" " + index.ToLowerInvariant() + " ")}");
        var byId = await clerk.GetStringAsync($"/inbox?view=all&case={caseId}");

        foreach (var page in new[] { byIndex, byId })
        {
            Assert.Contains(Link(ofCase), page, StringComparison.Ordinal);
            Assert.DoesNotContain(Link(other), page, StringComparison.Ordinal);
            Assert.Contains("Задачи: 1", page, StringComparison.Ordinal);
        }

        Assert.Contains($"name=\"case\" type=\"text\" value=\"{index.ToLowerInvariant()}\"", byIndex,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_index_no_case_has_lists_nothing_and_text_that_is_no_index_is_explained_beside_the_field()
    {
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");

        var unknown = await clerk.GetStringAsync(
            $"/inbox?view=all&case={Uri.EscapeDataString("СОА26-ВК08-999999/03.12.2026")}");
        using var wrong = await clerk.GetAsync("/inbox?view=all&case=abc");
        var html = await wrong.Content.ReadAsStringAsync();

        Assert.Contains("Няма задачи по тези условия.", unknown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"case-error\">Въведете регистрационния индекс на преписката, "
            + "например СОА", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"case-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_service_the_list_holds_that_services_tasks_and_the_choice_stays_selected()
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");
        var permits = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("permit"), "Разрешения за строеж", "Разрешение"));
        var taxes = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("tax"), "Местни данъци", "Данъчна оценка"));
        var permit = await InboxCalls.StartTaskAsync(admin, permits, "СО-1");
        var tax = await InboxCalls.StartTaskAsync(admin, taxes, "СО-2");

        var page = await clerk.GetStringAsync($"/inbox?view=groups&service={taxes}");

        Assert.Contains(Link(tax), page, StringComparison.Ordinal);
        Assert.DoesNotContain(Link(permit), page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{taxes}\" selected=\"selected\">Местни данъци</option>", page,
            StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{permits}\">Разрешения за строеж</option>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Due", new[] { "low", "urgent-soon", "urgent-late", "normal" })]
    [InlineData("Priority", new[] { "urgent-soon", "urgent-late", "normal", "low" })]
    [InlineData("Created", new[] { "urgent-late", "normal", "low", "urgent-soon" })]
    public async Task The_list_is_in_the_order_chosen(string sort, string[] expected)
    {
        using var admin = factory.CreateApiClient();
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var service = Definitions.NewId("order");
        var tasks = new (string Name, string Priority, int? Due)[]
        {
            ("urgent-late", "Urgent", 9), ("normal", "Normal", null), ("low", "Low", 1), ("urgent-soon", "Urgent", 4),
        };
        var ids = new Dictionary<string, string>();
        foreach (var (name, priority, due) in tasks)
        {
            var definitionId = await admin.PublishNewAsync(
                InboxCalls.OneTask($"{service}-{name}", "Подредба", $"{marker} {name}", priority, due));
            ids[name] = await InboxCalls.StartTaskAsync(admin, definitionId, "СО-" + name);
        }

        var page = await clerk.GetStringAsync($"/inbox?view=all&q={marker}&sort={sort}");

        var positions = expected.Select(name => page.IndexOf(Link(ids[name]), StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"<option value=\"{sort}\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_page_link_keeps_the_case_and_service()
    {
        using var clerk = await InboxCalls.SignedInAsync(factory, "clerk@sofia.example");
        using var admin = factory.CreateApiClient();
        var (caseId, _) = await InboxCalls.OpenCaseAsync(admin);
        var service = await admin.PublishNewAsync(
            InboxCalls.OneTask(Definitions.NewId("many"), "Много", "Една от много"));
        for (var i = 0; i < 26; i++)
        {
            await TaskFlows.StartAsync(admin, service, caseId.ToString());
        }

        var page = await clerk.GetStringAsync($"/inbox?view=all&case={caseId}&service={service}");

        Assert.Contains("Задачи: 26", page, StringComparison.Ordinal);
        Assert.Contains($"&amp;case={caseId}&amp;service={service}&amp;sort=Due&amp;page=2", page,
            StringComparison.Ordinal);
    }

    private static string Link(string taskId) => $"<a href=\"/inbox/tasks/{taskId}\">";
}
