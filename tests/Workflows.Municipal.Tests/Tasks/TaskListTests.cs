using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Instances;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

public sealed class SqliteTaskListTests() : TaskListTests(postgres: false);

public sealed class PostgresTaskListTests() : TaskListTests(postgres: true);

/// <summary>
/// The inbox list by case and by service, and its three orders, over four tasks of four services:
/// <list type="table">
/// <item>permit: created first, Low, due in 1 working day, case A</item>
/// <item>signal: created second, Urgent, due in 5, case B</item>
/// <item>tax: created third, Normal, no deadline, case A</item>
/// <item>complaint: created last, Urgent, due in 2, no case</item>
/// </list>
/// </summary>
public abstract class TaskListTests(bool postgres) : TaskHarnessTests(postgres)
{
    private static readonly TaskActor Clerk = new("clerk-a", ["Приемна"], false, false);

    private readonly Guid _caseA = Guid.NewGuid();
    private readonly Guid _caseB = Guid.NewGuid();
    public override async Task InitializeAsync()
    {
        await StartHarnessAsync();
        var tasks = new (string Service, string Priority, int? Due, string Correlation)[]
        {
            ("permit", "Low", 1, _caseA.ToString()),
            ("signal", "Urgent", 5, _caseB.ToString()),
            ("tax", "Normal", null, _caseA.ToString()),
            ("complaint", "Urgent", 2, "жалба-1"),
        };
        for (var i = 0; i < tasks.Length; i++)
        {
            var (service, priority, due, correlation) = tasks[i];
            Harness.Clock.Now = TaskHarness.Start.AddMinutes(i);
            var definitionId = await Harness.PublishAsync(TaskWorkflows.Single(service, service, priority, due));
            await Harness.Runtime.ExecuteAsync(definitionId, new StartRequest { CorrelationId = correlation });
        }
    }

    [SkippableFact]
    public async Task By_case_lists_only_that_cases_tasks()
    {
        var caseA = await ListAsync(new TaskFilter { CaseId = _caseA });
        var caseB = await ListAsync(new TaskFilter { CaseId = _caseB });
        var none = await ListAsync(new TaskFilter { CaseId = Guid.NewGuid() });

        Assert.Equal(["permit", "tax"], caseA);
        Assert.Equal(["signal"], caseB);
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task By_service_lists_only_that_workflows_tasks_and_combines_with_the_case()
    {
        var tax = await ListAsync(new TaskFilter { DefinitionId = "tax" });
        var taxOfCaseB = await ListAsync(new TaskFilter { DefinitionId = "tax", CaseId = _caseB });
        var groupsSignal = await Harness.Service().ListAsync(Clerk,
            new TaskFilter { MyGroups = true, DefinitionId = "signal" });

        Assert.Equal(["tax"], tax);
        Assert.Empty(taxOfCaseB);
        Assert.Equal((1, "signal"), (groupsSignal.Total, Assert.Single(groupsSignal.Items).DefinitionId));
    }

    [SkippableFact]
    public async Task By_due_date_the_nearest_deadline_comes_first_and_tasks_without_one_last()
    {
        Assert.Equal(["permit", "complaint", "signal", "tax"], await ListAsync(new TaskFilter { Sort = TaskSort.Due }));
    }

    [SkippableFact]
    public async Task By_priority_urgent_comes_first_then_by_deadline()
    {
        Assert.Equal(["complaint", "signal", "tax", "permit"],
            await ListAsync(new TaskFilter { Sort = TaskSort.Priority }));
    }

    [SkippableFact]
    public async Task By_creation_the_oldest_comes_first()
    {
        Assert.Equal(["permit", "signal", "tax", "complaint"],
            await ListAsync(new TaskFilter { Sort = TaskSort.Created }));
    }

    [SkippableFact]
    public async Task A_sorted_page_holds_the_next_tasks_of_the_order()
    {
        var second = await Harness.Service().ListAsync(Clerk,
            new TaskFilter { Sort = TaskSort.Priority, Page = 2, PageSize = 3 });

        Assert.Equal((4, "permit"), (second.Total, Assert.Single(second.Items).DefinitionId));
    }

    private async Task<IReadOnlyList<string>> ListAsync(TaskFilter filter) =>
        [.. (await Harness.Service().ListAsync(Clerk, filter)).Items.Select(t => t.DefinitionId)];
}
