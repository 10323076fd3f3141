using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Engine.Expressions;

namespace CaseSystem.Workflows.Engine.Tests.Expressions;

/// <summary>
/// Simple scripts skip Jint. Each case here runs twice, through the fast path and through Jint, and both must
/// answer the same; a case the fast path cannot do exactly falls back to Jint and still answers the same.
/// </summary>
public sealed class FastScriptTests
{
    private const string Definition = """
        { "definitionId": "fast",
          "variables": [
            { "id": "v1", "name": "Counter", "typeName": "Int32", "value": "2" },
            { "id": "v2", "name": "Name", "typeName": "String", "value": "Мария" },
            { "id": "v3", "name": "Flag", "typeName": "Boolean", "value": "true" },
            { "id": "v4", "name": "Nothing", "typeName": "Object" },
            { "id": "v5", "name": "Ratio", "typeName": "Double", "value": "0.1" } ],
          "root": { "id": "f", "type": "Elsa.Flowchart", "activities": [ { "id": "s", "type": "Elsa.Start" } ] } }
        """;

    [Theory]
    [InlineData("getCounter() > 1", true)]
    [InlineData("getCounter() + 1", true)]
    [InlineData("getRatio() + 0.2", true)]
    [InlineData("getCounter() % 3 - 7 * 2 / 4", true)]
    [InlineData("getCounter() / 0", true)]
    [InlineData("-getCounter()", true)]
    [InlineData("variables.Name + '!'", true)]
    [InlineData("getName() === 'Мария'", true)]
    [InlineData("getName() < 'б'", true)]
    [InlineData("getVariable('Counter') >= 2 && getFlag()", true)]
    [InlineData("!getFlag() || getCounter()", true)]
    [InlineData("getFlag() ? 'да' : 'не'", true)]
    [InlineData("getNothing() ?? 'по подразбиране'", true)]
    [InlineData("getNothing() == null", true)]
    [InlineData("getCounter() === '2'", true)]
    [InlineData("return getCounter() > 1;", true)]
    [InlineData("getCounter() == '2'", true)]
    [InlineData("getCounter() + getName()", true)]
    [InlineData("getName().length", false)]
    [InlineData("Math.max(getCounter(), 5)", false)]
    [InlineData("getUnknown() + 1", false)]
    public void FastPath_AnswersAsJintDoes(string script, bool expectFast)
    {
        var engine = new TestEngine();
        var workflow = engine.Compile(Definition);
        var context = Context(engine, workflow);
        var javaScript = engine.Engine.Services.JavaScript;
        var fast = javaScript.Prepare(script, workflow.FindVariable);
        var jint = javaScript.Prepare(script);

        var viaFastPath = Evaluate(javaScript, fast, context);
        var viaJint = Evaluate(javaScript, jint, context);

        Assert.Equal(expectFast, fast.IsFast);
        Assert.False(jint.IsFast);
        Assert.Equal(viaJint, viaFastPath);
    }

    private static object? Evaluate(JavaScriptEvaluator javaScript, PreparedScript script, ActivityContext context)
    {
        try
        {
            return javaScript.Evaluate(script, context);
        }
        catch (WorkflowFaultException e)
        {
            return e.Message;
        }
    }

    private static ActivityContext Context(TestEngine engine, CompiledWorkflow workflow)
    {
        var instance = engine.Engine.Runner.CreateInstance(workflow);
        var context = new ActivityContext(workflow, instance, engine.Engine.Services, RunOptions.Default,
            new RunResult(instance));
        context.Begin(workflow.Nodes[0], 0, 1);
        return context;
    }
}
