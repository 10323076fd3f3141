using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;
using static CaseSystem.Workflows.Engine.Activities.Describe;

namespace CaseSystem.Workflows.Engine.Activities.Primitives;

/// <summary>
/// Runs a script under the engine's limits. Its value becomes the <c>result</c> output; a script may choose
/// outcomes with <c>setOutcome()</c> from the declared <c>possibleOutcomes</c>, and completes with Done otherwise.
/// </summary>
public sealed class RunJavaScript : Activity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = "Elsa.RunJavaScript",
        Category = "Scripting",
        DisplayName = "Run JavaScript",
        Description = "Runs a JavaScript script; its value becomes the result.",
        Inputs =
        [
            Input("script", "String", "Script", "The script to run.", UIHints.CodeEditor, required: true),
            Input("possibleOutcomes", "String[]", "Possible outcomes", "Outcomes the script may set.",
                UIHints.MultiText),
        ],
        Outputs = [Output("result", "Object", "Result", "The value of the script.")],
        DynamicPortsInput = "possibleOutcomes",
    };

    public override IEnumerable<string>? GetDynamicPorts(CompiledNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        return node.ConstantInput("possibleOutcomes", out var outcomes) ? outcomes as List<string> ?? [] : null;
    }

    // The script is written as a literal; it is compiled as JavaScript whatever kind the input says.
    public override object? Prepare(CompiledNode node, ActivityCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(compilation);

        var source = node.Node.Inputs.GetValueOrDefault("script")?.Expression?.ValueAsString;
        return source is null
            ? null
            : compilation.Compile(new Definitions.Expression(ExpressionKinds.JavaScript,
                System.Text.Json.Nodes.JsonValue.Create(source)), typeof(object), "script");
    }

    public override ValueTask ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var result = context.Node.Prepared is CompiledInput script ? context.Evaluate(script) : null;
        context.SetOutput("result", result);
        context.Complete(context.ScriptOutcomes.Count > 0 ? [.. context.ScriptOutcomes] : ["Done"]);
        return ValueTask.CompletedTask;
    }
}
