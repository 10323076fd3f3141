using CaseSystem.Host.Api;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Cli;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Documents;
using CaseSystem.Host.Localization;
using CaseSystem.Host.Mail;
using CaseSystem.Host.Municipal;
using CaseSystem.Host.Open311;
using CaseSystem.Host.Portal;
using CaseSystem.Host.Security;
using CaseSystem.Host.Tasks;
using CaseSystem.Host.Workflows;
using Hangfire;
using Scalar.AspNetCore;

// A verb on the command line (for example `workflows run FILE`) runs it and exits; without one, the host serves.
if (CommandLine.HasVerb(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = CaseSystem.Host.ContentRoot.WhenRunFromElsewhere(),
});
if (builder.Environment.ContentRootPath == AppContext.BaseDirectory)
{
    // Run from the build's output: the pages' static files are the project's wwwroot, as its manifest says.
    builder.WebHost.UseStaticWebAssets();
}

builder.Configuration.AddDemoSigningWhenEmbedded();

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize =
    builder.Configuration.GetValue<long?>("Api:MaxRequestBodyBytes") ?? 4 * 1024 * 1024);
builder.Services.AddWorkflowRuntime(builder.Configuration);
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddMunicipal(builder.Configuration);
builder.Services.AddScoped<CaseAccess>();
builder.Services.AddScoped<RegisterDesk>();
builder.Services.AddInbox();
builder.Services.AddMail(builder.Configuration);
builder.Services.AddOpen311(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddApiSecurity(builder.Configuration);
builder.Services.AddPortal(builder.Configuration);
builder.Services.AddKnownProxies(builder.Configuration);
builder.Services.AddRazorPages(o => o.Conventions
    .AuthorizeFolder("/Inbox", ApiSecurityRegistration.StaffPolicy)
    .AuthorizeFolder("/Requests", ApiSecurityRegistration.CitizenPolicy));

// Pages are Bulgarian: written as they are, not as &#x...; escapes (which only HTML-significant characters need).
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
        System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddScoped<Ui>();
builder.Services.AddRequestLocalization(o =>
{
    o.SetDefaultCulture("bg").AddSupportedCultures("bg", "en").AddSupportedUICultures("bg", "en");

    // A cookie keeps the choice; ?culture= overrides it; the browser's language is not asked: Bulgarian first.
    o.RequestCultureProviders =
    [
        new Microsoft.AspNetCore.Localization.QueryStringRequestCultureProvider(),
        new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider(),
    ];
});
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseKnownProxies();
app.UseExceptionHandler();
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseEndpointRequestLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/health");
app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/openapi", options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapGroup("/elsa/api")
    .RequireAuthorization(ApiSecurityRegistration.AdministratorPolicy)
    .MapDefinitionEndpoints()
    .MapInstanceEndpoints()
    .MapStimulusEndpoints()
    .MapDescriptorEndpoints();
app.MapGroup("/api")
    .RequireAuthorization()
    .MapCaseEndpoints()
    .MapDocumentEndpoints();
app.MapGroup("/api")
    .RequireAuthorization(ApiSecurityRegistration.StaffPolicy)
    .MapTaskEndpoints()
    .MapRegisterEndpoints();
app.MapDownloadLinks();
app.MapHttpWorkflows();
app.MapOpen311();
app.MapRazorPages();
app.MapLanguageSwitch();

// Administrators only, signed in or with the key: the endpoint's policy decides, so Hangfire's own filter (local
// requests only) is replaced by none.
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [] })
    .RequireAuthorization(ApiSecurityRegistration.AdministratorPolicy);

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests.</summary>
public partial class Program;
