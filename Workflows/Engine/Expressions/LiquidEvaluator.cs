using CaseSystem.Workflows.Engine.Execution;
using Fluid;

namespace CaseSystem.Workflows.Engine.Expressions;

public sealed class PreparedTemplate
{
    internal PreparedTemplate(string source, IFluidTemplate template)
    {
        Source = source;
        Template = template;
    }

    public string Source { get; }

    internal IFluidTemplate Template { get; }
}

/// <summary>
/// Renders Liquid templates with Fluid. A template sees <c>Variables.X</c>, <c>Input.X</c>,
/// <c>WorkflowInstanceId</c>, <c>WorkflowDefinitionId</c> and <c>CorrelationId</c>.
/// </summary>
public sealed class LiquidEvaluator
{
    private static readonly FluidParser Parser = new();

    // Limits keep a template from looping or growing without end, as script limits do for JavaScript.
    private readonly TemplateOptions _options = new TemplateOptionsBuilder()
        .WithMaxSteps(100_000)
        .WithMaxRecursion(64)
        .WithMaxOutputSize(1024 * 1024)
        .Build();

    public bool TryPrepare(string source, out PreparedTemplate? template, out string? error)
    {
        ArgumentNullException.ThrowIfNull(source);

        if (Parser.TryParse(source, out var parsed, out error))
        {
            template = new PreparedTemplate(source, parsed);
            return true;
        }

        template = null;
        return false;
    }

    public string Render(PreparedTemplate template, ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var slot in context.Workflow.Variables)
        {
            variables[slot.Name] = context.Instance.Variables[slot.Index];
        }

        var model = new TemplateContext(_options);
        model.SetValue("Variables", variables);
        model.SetValue("Input", context.Instance.Input);
        model.SetValue("WorkflowInstanceId", context.Instance.Id);
        model.SetValue("WorkflowDefinitionId", context.Instance.DefinitionId);
        model.SetValue("CorrelationId", context.Instance.CorrelationId ?? "");
        return template.Template.Render(model);
    }
}
