using CaseSystem.Host.Accounts;
using CaseSystem.Host.Tests.Cli;
using CaseSystem.Host.Tests.Portal;
using Microsoft.Playwright;

namespace CaseSystem.Host.Tests.Browser;

/// <summary>
/// A signal's whole life in Chromium: a citizen files it with a photo, a roads clerk works its tasks in the inbox,
/// and the citizen sees it fixed and downloads the municipality's signed response, which pdfsig finds valid.
/// </summary>
public sealed class SignalJourneyTests(SignalJourneyTests.SigningHost host)
    : IClassFixture<SignalJourneyTests.SigningHost>
{

    [SkippableFact]
    public async Task A_citizen_files_a_signal_a_clerk_fixes_it_and_the_citizen_downloads_the_signed_answer()
    {
        OutsideTools.RequirePdfsig();
        var photo = Path.Combine(host.Folder, "дупка.jpg");
        await File.WriteAllBytesAsync(photo, SignalJourneys.PhotoWithLocation());

        // The citizen files the signal.
        var citizen = await SignInAsync("citizen@sofia.example", "/signals/new");
        await citizen.GetByLabel("Категория", new() { Exact = true }).SelectOptionAsync("roads");
        await citizen.GetByLabel("Описание на проблема", new() { Exact = true })
            .FillAsync("Дълбока дупка на платното пред блок 12.");
        await citizen.GetByLabel("Адрес или място", new() { Exact = true }).FillAsync("ул. Граф Игнатиев 15");
        await citizen.Locator("#latitude").FillAsync("42.6935");
        await citizen.Locator("#longitude").FillAsync("23.3260");
        await citizen.Locator("#photos").SetInputFilesAsync(photo);
        await citizen.GetByLabel("Телефон").FillAsync("0888 123 456");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Продължи" }).ClickAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Подай сигнала" }).ClickAsync();
        var confirmation = await citizen.Locator("main").InnerTextAsync();
        var index = System.Text.RegularExpressions.Regex.Match(confirmation, @"СОА\d\d-[^\s]+/\d\d\.\d\d\.\d{4}").Value;
        Assert.False(string.IsNullOrEmpty(index), confirmation);

        // A roads clerk reviews it, fixes it and sends the answer.
        var clerk = await SignInAsync("roads@sofia.example", "/inbox");
        await WorkTaskAsync(clerk, $"Преглед на сигнал {index}", "Приемане", null);
        await WorkTaskAsync(clerk, $"Решаване на сигнал {index}", "Отстранен",
            ("Отговор до подателя", "Дупката е запълнена с асфалт."));
        await WorkTaskAsync(clerk, $"Изпращане на отговора по сигнал {index}", "Изпратен",
            ("Начин на изпращане", "portal"));

        // The citizen sees it fixed and downloads the signed answer.
        await citizen.GotoAsync("/requests");
        await citizen.GetByRole(AriaRole.Link, new() { Name = index }).ClickAsync();
        var request = await citizen.Locator("main").InnerTextAsync();
        var download = await citizen.RunAndWaitForDownloadAsync(() =>
            citizen.GetByRole(AriaRole.Link, new() { NameRegex = new("^otgovor-.*\\.pdf$") }).ClickAsync());
        var answer = Path.Combine(host.Folder, "answer.pdf");
        await download.SaveAsAsync(answer);
        var (code, report) = OutsideTools.PdfsigTrusting(answer, host.Signing.CaPem, host.Folder);

        Assert.Contains("Отстранен", request, StringComparison.Ordinal);
        Assert.Contains("дупка.jpg", request, StringComparison.Ordinal);
        Assert.True(code == 0, report);
        Assert.Contains("Signature Validation: Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Certificate Validation: Certificate is Trusted.", report, StringComparison.Ordinal);
    }

    private async Task<IPage> SignInAsync(string email, string then)
    {
        var page = await host.Browser.OpenAsync("/account/login");
        await page.GetByLabel("Електронна поща").FillAsync(email);
        await page.GetByLabel("Парола").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Вход" }).ClickAsync();
        await page.GotoAsync(then);
        return page;
    }

    // From the inbox's "my groups" tab: open the task, claim it, fill in the field and choose the outcome.
    private static async Task WorkTaskAsync(IPage clerk, string title, string outcome,
        (string Label, string Value)? field)
    {
        await clerk.GotoAsync("/inbox");
        await clerk.GetByLabel("на моите групи").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Покажи", Exact = true }).ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Поеми задачата" }).ClickAsync();
        if (field is var (label, value))
        {
            var input = clerk.GetByLabel(label);
            if (await input.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await input.SelectOptionAsync(value);
            }
            else
            {
                await input.FillAsync(value);
            }
        }

        await clerk.GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }).ClickAsync();
        Assert.Equal("Задачата е изпълнена.", await clerk.GetByRole(AriaRole.Status).InnerTextAsync());
    }



    /// <summary>The browser host with the municipality's signing certificate configured for response letters.
    /// </summary>
    public sealed class SigningHost : IAsyncLifetime, IDisposable
    {
        public SigningHost()
        {
            Folder = Directory.CreateTempSubdirectory("signal-journey-").FullName;
            Signing = new TestSigningFile(Folder);
            Browser = new BrowserHost(new Dictionary<string, string?>
            {
                ["Signals:Letter:CertificatePath"] = Signing.Pkcs12,
                ["Signals:Letter:CertificatePassword"] = TestSigningFile.Password,
            });
        }

        public string Folder { get; }

        internal TestSigningFile Signing { get; }

        public BrowserHost Browser { get; }

        public Task InitializeAsync() => Browser.InitializeAsync();

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            Dispose();
        }

        public void Dispose()
        {
            Signing.Dispose();
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}
