namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// Reads a trigger's inputs when a definition is published, before any instance exists. Constant inputs are used
/// as they are; an expression is evaluated against a fresh instance of the workflow.
/// </summary>
public sealed class TriggerContext
{
    private readonly ActivityContext _context;

    public TriggerContext(CompiledWorkflow workflow, CompiledNode node, EngineServices services)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(services);

        var instance = new WorkflowRunner(services).CreateInstance(
            workflow, new StartOptions { InstanceId = "trigger" });
        _context = new ActivityContext(workflow, instance, services, RunOptions.Default, new RunResult(instance));
        _context.Begin(node, 0, 0);
        Node = node;
    }

    public CompiledNode Node { get; }

    public DateTimeOffset Now => _context.Now;

    public T? Get<T>(string input) => _context.Get<T>(input);
}
