using CaseSystem.Host.Cli;
using CaseSystem.Host.Workflows;

// A verb on the command line (for example `workflows run FILE`) runs it and exits; without one, the host serves.
if (CommandLine.HasVerb(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddWorkflowEngine(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/health");

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the host tests.</summary>
public partial class Program;
