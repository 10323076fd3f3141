using System.Text.Json.Nodes;
using CaseSystem.Workflows.Engine.Activities.Tasks;
using CaseSystem.Workflows.Engine.Execution;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>CaseSystem.HumanTask: the task it opens, the port of the answer, the deadline and Overdue.</summary>
public sealed class HumanTaskActivityTests
{
    // A Friday: three working days later is the Wednesday after.
    private static readonly DateTimeOffset Friday = new(2026, 12, 4, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_task_is_opened_with_its_details_and_the_answer_chooses_the_port()
    {
        var (engine, board) = (new TestEngine(time: new ManualTime(Friday)), new Board());
        var workflow = engine.Compile(Review(overdue: false));

        var started = await engine.Engine.StartAsync(workflow, new StartOptions
        {
            Input = new Dictionary<string, object?> { ["Applicant"] = "Мария Петрова" },
            Run = new RunOptions { Tasks = board },
        });
        var task = Assert.Single(board.Opened);
        var bookmark = Assert.Single(started.Instance.Bookmarks);
        var form = new JsonObject { ["note"] = "Документите са пълни" };
        var resumed = await engine.Engine.Runner.ResumeAsync(workflow, started.Instance, bookmark.Id,
            HumanTask.Completion("approve", form, "clerk-7"), new RunOptions { Tasks = board });

        Assert.Equal("Преглед на заявлението на Мария Петрова", task.Title);
        Assert.Equal(["Приемна"], task.CandidateGroups);
        Assert.Equal(["approve", "reject"], task.Outcomes);
        Assert.Equal("High", task.Priority);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 23, 59, 59, TimeSpan.Zero), task.DueAt!.Value.AddTicks(-9999999));
        Assert.Equal(new DateOnly(2026, 12, 8), DateOnly.FromDateTime(task.RemindAt!.Value.UtcDateTime));
        Assert.True(task.EscalateAtDue);
        Assert.Equal("note", task.Form![0]!["name"]!.GetValue<string>());
        Assert.Equal(HumanTask.Payload(task.TaskId).Hash, bookmark.Hash);
        Assert.Equal(["approved by clerk-7: Документите са пълни"], engine.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, resumed.Instance.SubStatus);
        var closed = Assert.Single(board.Closed);
        Assert.Equal((task.TaskId, "approve", false, "clerk-7"),
            (closed.TaskId, closed.Outcome, closed.Overdue, closed.CompletedBy));
    }

    [Fact]
    public async Task At_the_deadline_the_task_closes_and_the_flow_takes_Overdue()
    {
        var (engine, board) = (new TestEngine(time: new ManualTime(Friday)), new Board());
        var workflow = engine.Compile(Review(overdue: true));

        var started = await engine.Engine.StartAsync(workflow, new StartOptions { Run = new RunOptions { Tasks = board } });
        var timer = Assert.Single(started.Instance.Bookmarks, b => b.ResumeAt is not null);
        var waiting = started.Instance.Bookmarks.Count;
        var resumed = await engine.Engine.Runner.ResumeAsync(workflow, started.Instance, timer.Id, null,
            new RunOptions { Tasks = board });

        Assert.Equal(2, waiting);
        Assert.Equal(board.Opened[0].DueAt, timer.ResumeAt);
        Assert.Equal(["overdue"], engine.Lines);
        Assert.Empty(resumed.Instance.Bookmarks);
        Assert.True(Assert.Single(board.Closed).Overdue);
    }

    [Fact]
    public async Task The_deadline_is_counted_by_the_hosts_calendar()
    {
        var engine = new WorkflowEngine(new EngineServices(time: new ManualTime(Friday))
        {
            StandardOut = TextWriter.Null,
            Calendar = new EveryDayCalendar(),
        });
        var board = new Board();

        await engine.StartAsync(engine.Compile(engine.Read(Review(overdue: false).Json)),
            new StartOptions { Run = new RunOptions { Tasks = board } });

        Assert.Equal(Friday.AddDays(3), board.Opened[0].DueAt);
    }

    [Fact]
    public void A_task_needs_outcomes_and_Overdue_is_not_one_of_them()
    {
        var engine = new TestEngine();
        var none = new Flow().Add("task", HumanTask.StimulusName, ("title", In.Literal("Преглед")),
            ("outcomes", In.Literal(new JsonArray())));
        var overdue = new Flow().Add("task", HumanTask.StimulusName, ("title", In.Literal("Преглед")),
            ("outcomes", In.Literal(new JsonArray("ok", "Overdue"))));
        var wrongPort = Review(overdue: false).Connect("review", "approved", "maybe");

        var errors = new[] { none, overdue, wrongPort }
            .Select(f => string.Join(" | ", engine.Engine.Compiler.Validate(engine.Read(f.Json)).Select(e => e.Message)))
            .ToList();

        Assert.Contains("at least one outcome", errors[0], StringComparison.Ordinal);
        Assert.Contains("'Overdue' is the port taken at the deadline", errors[1], StringComparison.Ordinal);
        Assert.Contains("maybe", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_in_calendar_days_counts_days_off_and_the_earlier_of_the_two_deadlines_holds()
    {
        var engine = new TestEngine(time: new ManualTime(Friday));
        var board = new Board();

        foreach (var calendarDays in new[] { 2, 10 })
        {
            await engine.Engine.StartAsync(engine.Compile(Deadline(workingDays: 3, calendarDays)),
                new StartOptions { Run = new RunOptions { Tasks = board } });
        }

        // Two calendar days from Friday end on Sunday, before the third working day (Wednesday); ten end later.
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 23, 59, 59, TimeSpan.Zero),
            board.Opened[0].DueAt!.Value.AddTicks(-9999999));
        Assert.Null(board.Opened[0].RemindAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 9, 23, 59, 59, TimeSpan.Zero),
            board.Opened[1].DueAt!.Value.AddTicks(-9999999));
        Assert.NotNull(board.Opened[1].RemindAt);
    }

    private static Flow Deadline(int workingDays, int calendarDays) => new Flow("send-letter")
        .Add("send", HumanTask.StimulusName,
            ("title", In.Literal("Изпращане на отговора")),
            ("dueInWorkingDays", In.Literal(workingDays, "Int32")),
            ("dueInCalendarDays", In.Literal(calendarDays, "Int32")),
            ("remindBeforeWorkingDays", In.Literal(1, "Int32")),
            ("outcomes", In.Literal(new JsonArray("sent"))));

    private static Flow Review(bool overdue) => new Flow("review-application")
        .Variable("Form", "Object")
        .Variable("By", "String")
        .Add("review", HumanTask.StimulusName,
            ("title", In.Liquid("Преглед на заявлението на {{ Input.Applicant }}")),
            ("candidateGroups", In.Literal(new JsonArray("Приемна"))),
            ("priority", In.Literal("High", "String")),
            ("dueInWorkingDays", In.Literal(3, "Int32")),
            ("remindBeforeWorkingDays", In.Literal(1, "Int32")),
            ("overduePort", In.Literal(overdue, "Boolean")),
            ("outcomes", In.Literal(new JsonArray("approve", "reject"))),
            ("form", In.Literal(new JsonArray(new JsonObject { ["name"] = "note", ["type"] = "text" }))),
            ("formData", In.Output("Form")),
            ("completedBy", In.Output("By")))
        .Add("approved", "Elsa.WriteLine",
            ("text", In.Js("'approved by ' + getBy() + ': ' + getForm().note", "String")))
        .WriteLine("rejected", "rejected")
        .WriteLine("late", "overdue")
        .Connect("review", "approved", "approve")
        .Connect("review", "rejected", "reject")
        .Connect("review", "late", HumanTask.OverduePort);

    private sealed class Board : IHumanTaskBoard
    {
        public List<HumanTaskRequest> Opened { get; } = [];

        public List<HumanTaskClosing> Closed { get; } = [];

        void IHumanTaskBoard.Opened(HumanTaskRequest task) => Opened.Add(task);

        void IHumanTaskBoard.Closed(HumanTaskClosing closing) => Closed.Add(closing);
    }

    private sealed class EveryDayCalendar : IWorkingCalendar
    {
        public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => from.AddDays(days);
    }
}
