using CaseSystem.Workflows.Engine.Activities.Branching;
using CaseSystem.Workflows.Engine.Activities.Composition;
using CaseSystem.Workflows.Engine.Activities.Events;
using CaseSystem.Workflows.Engine.Activities.Flow;
using CaseSystem.Workflows.Engine.Activities.Http;
using CaseSystem.Workflows.Engine.Activities.Primitives;
using CaseSystem.Workflows.Engine.Activities.Tasks;
using CaseSystem.Workflows.Engine.Activities.Time;
using Timer = CaseSystem.Workflows.Engine.Activities.Time.Timer;

namespace CaseSystem.Workflows.Engine.Activities;

/// <summary>The Elsa activities this engine runs (and our human task), with Elsa's type names, inputs, outputs and ports.</summary>
public static class BuiltInActivities
{
    public static IEnumerable<Activity> All() =>
    [
        new Flowchart(), new Start(), new End(), new Finish(), new Fault(), new Complete(),
        new WriteLine(), new SetVariable(), new SetName(), new Correlate(), new SetOutput(), new RunJavaScript(),
        new FlowDecision(), new FlowSwitch(), new FlowFork(), new FlowJoin(),
        new Event(), new PublishEvent(), new RunTask(),
        new Delay(), new Timer(), new Cron(), new StartAt(),
        new HttpEndpoint(), new WriteHttpResponse(), new SendHttpRequest(), new FlowSendHttpRequest(),
        new DispatchWorkflow(), new ExecuteWorkflow(),
        new HumanTask(),
    ];
}
