using System.Globalization;
using CaseSystem.Workflows.Engine.Execution;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Http;

/// <summary>
/// Sends an HTTP request and follows the port named by the status code when it is expected, otherwise
/// "Unmatched status code"; "Failed to connect" and "Timeout" when no answer came.
/// </summary>
public sealed class FlowSendHttpRequest : SendHttpRequestBase
{
    public const string Unmatched = "Unmatched status code";
    public const string FailedToConnect = "Failed to connect";
    public const string Timeout = "Timeout";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.FlowSendHttpRequest",
        Category = "HTTP",
        DisplayName = "HTTP Request (flow)",
        Description = "Sends an HTTP request and follows a port per expected status code.",
        Kind = ActivityKind.Task,
        Inputs =
        [
            .. RequestInputs,
            Input("expectedStatusCodes", "List<Int32>", "Expected status codes", "Each becomes a port.",
                UIHints.MultiText),
        ],
        Outputs = ResponseOutputs,
        Ports = ["Done", Unmatched, FailedToConnect, Timeout],
        DynamicPortsInput = "expectedStatusCodes",
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return node.ConstantInput("expectedStatusCodes", out var codes)
            ? (codes as List<int> ?? []).Select(c => c.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    public override async ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        int status;
        try
        {
            status = await SendAsync(context);
        }
        catch (HttpRequestException)
        {
            context.Complete(FailedToConnect);
            return;
        }
        catch (TaskCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            context.Complete(Timeout);
            return;
        }

        var expected = context.Get<List<int>>("expectedStatusCodes") ?? [];
        context.Complete(expected.Contains(status)
            ? [status.ToString(CultureInfo.InvariantCulture), "Done"]
            : [Unmatched, "Done"]);
    }
}
