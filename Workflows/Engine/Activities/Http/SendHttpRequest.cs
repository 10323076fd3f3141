using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Activities.Http;

/// <summary>Sends an HTTP request and completes with Done; a failed connection faults the activity.</summary>
public sealed class SendHttpRequest : SendHttpRequestBase
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.SendHttpRequest",
        Category = "HTTP",
        DisplayName = "Send HTTP Request",
        Description = "Sends an HTTP request; the response becomes the outputs.",
        Kind = ActivityKind.Task,
        Inputs = RequestInputs,
        Outputs = ResponseOutputs,
    };

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        try
        {
            await SendAsync(context);
        }
        catch (HttpRequestException e)
        {
            throw new WorkflowFaultException($"The HTTP request failed: {e.Message}", e) { Category = "http" };
        }

        context.Complete();
    }
}
