using global::WorkflowCore.Interface;
using global::WorkflowCore.Models;

namespace CaseSystem.Engine.Bench.WorkflowCore;

// The scenarios in WorkflowCore's builder, with inline step bodies: its cheapest way to run a step.

public sealed class Seq10Workflow : IWorkflow<BenchData>
{
    public string Id => "bench-seq10";

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var step = builder.StartWith(Steps.Set((d, v) => d.Counter = v, 1));
        for (var i = 2; i <= 9; i++)
        {
            step = step.Then(Steps.Set((d, v) => d.Counter = v, i));
        }

        step.Then(Steps.Final);
    }
}

public sealed class DecisionLoopWorkflow : IWorkflow<BenchData>
{
    public string Id => "bench-decision-loop";

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder
            .StartWith(Steps.Set((d, v) => d.Counter = v, 0))
            .While(data => data.Counter < Scenarios.LoopIterations)
                .Do(loop => loop.StartWith(context =>
                {
                    ((BenchData)context.Workflow.Data).Counter++;
                    return ExecutionResult.Next();
                }))
            .Then(Steps.Final);
    }
}

public sealed class ForkJoinWorkflow : IWorkflow<BenchData>
{
    public string Id => "bench-fork-join";

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder
            .StartWith(_ => ExecutionResult.Next())
            .Parallel()
                .Do(branch => branch.StartWith(Steps.Set((d, v) => d.A = v, 1)))
                .Do(branch => branch.StartWith(Steps.Set((d, v) => d.B = v, 2)))
                .Do(branch => branch.StartWith(Steps.Set((d, v) => d.C = v, 3)))
            .Join()
            .Then(Steps.Final);
    }
}

public sealed class EventResumeWorkflow : IWorkflow<BenchData>
{
    public string Id => "bench-event-resume";

    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Each instance waits on the event keyed by its own id, so one published event resumes one instance.
        builder
            .StartWith(Steps.Set((d, v) => d.Counter = v, 1))
            .WaitFor(Scenarios.EventName, (data, context) => context.Workflow.Id)
            .Then(Steps.Final);
    }
}

internal static class Steps
{
    public static Func<IStepExecutionContext, ExecutionResult> Set(Action<BenchData, int> assign, int value) =>
        context =>
        {
            assign((BenchData)context.Workflow.Data, value);
            return ExecutionResult.Next();
        };

    public static ExecutionResult Final(IStepExecutionContext context)
    {
        TextWriter.Null.WriteLine("done");
        return ExecutionResult.Next();
    }
}
