using System.Data.Common;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Municipal.Tests.Persistence;
using CaseSystem.Workflows.Municipal.Tests.Registration;
using CaseSystem.Workflows.Runtime;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Tests.Tasks;

/// <summary>
/// One database with the runtime's, the municipal and the document tables, a real runtime whose task store is the
/// <see cref="MunicipalTaskStore"/> (which a test can make fail after it wrote a closing), and a clock the test
/// moves. Each service it makes has a context of its own.
/// </summary>
public sealed class TaskHarness : IAsyncDisposable
{
    // Thursday 3 December 2026, 10:00 in Sofia.
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly StringWriter _output = new() { NewLine = "\n" };
    private readonly List<IAsyncDisposable> _contexts = [];
    private readonly TestDatabase _database;
    private readonly WorkflowEngine _engine;
    private FailingTaskStore? _store;

    private TaskHarness(TestDatabase database)
    {
        _database = database;
        var engine = _engine = new WorkflowEngine(new EngineServices(time: Clock)
        {
            StandardOut = TextWriter.Synchronized(_output),
        });
        var databases = new WorkflowDbContextFactory(
            database.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, database.ConnectionString);
        Runtime = new WorkflowRuntime(engine, new DefinitionStore(engine, databases, Clock), databases,
            new NoTimerScheduler(), Options.Create(new RuntimeOptions()), Clock, NullLogger<WorkflowRuntime>.Instance,
            Store);
        Databases = databases;
    }

    public SettableTime Clock { get; } = new(Start);

    public RecordingDeadlines Deadlines { get; } = new();

    /// <summary>The runtime's task store; set <see cref="FailingTaskStore.FailClosings"/> to break runs.</summary>
    public FailingTaskStore Store => _store ??= new FailingTaskStore(new MunicipalTaskStore(Deadlines, Clock));

    public FakeDirectory Directory { get; } = new();

    public WorkflowRuntime Runtime { get; }

    public WorkflowDbContextFactory Databases { get; }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_output)
            {
                return _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

    public static async Task<TaskHarness> CreateAsync(bool postgres)
    {
        var database = await TestDatabase.CreateAsync(postgres);
        var harness = new TaskHarness(database);
        await harness.Databases.MigrateAsync();
        await using (var documents = harness.Documents())
        {
            await documents.Database.MigrateAsync();
        }

        return harness;
    }

    /// <summary>An inbox service on a context of its own, as one request of the host would have.</summary>
    public TaskService Service() => Service(Context());

    public TaskService Service(MunicipalDbContext db)
    {
        var documents = Documents();
        _contexts.Add(documents);
        return new(db, Runtime, Clock, new StoredCaseDocuments(documents));
    }

    /// <summary>An inbox service that hands tasks only to the staff of <see cref="Directory"/>, as the host's does.
    /// </summary>
    public TaskService ServiceCheckingStaff()
    {
        var documents = Documents();
        _contexts.Add(documents);
        return new(Context(), Runtime, Clock, new StoredCaseDocuments(documents), Directory);
    }

    /// <summary>A document of <paramref name="caseId"/> (as its uploader named the case), deleted or not.</summary>
    public async Task<Guid> AddDocumentAsync(string caseId, bool deleted = false)
    {
        await using var documents = Documents();
        var id = Guid.NewGuid();
        var document = new DocumentRecord
        {
            Id = id,
            CaseId = caseId,
            Name = "скица.pdf",
            CreatedBy = "clerk-a",
            CreatedAt = Clock.GetUtcNow(),
            DeletedAt = deleted ? Clock.GetUtcNow() : null,
        };
        document.Versions.Add(new DocumentVersionRecord
        {
            DocumentId = id,
            Number = 1,
            FileName = "скица.pdf",
            MediaType = "application/pdf",
            Size = 4,
            Sha256 = new string('0', 64),
            Author = "clerk-a",
            StoredAt = Clock.GetUtcNow(),
        });
        documents.Documents.Add(document);
        await documents.SaveChangesAsync();
        return id;
    }

    /// <summary>A context of its own, disposed with the harness.</summary>
    public MunicipalDbContext Context()
    {
        var db = _database.CreateContext();
        _contexts.Add(db);
        return db;
    }

    public TaskDeadlineJobs Jobs()
    {
        var db = _database.CreateContext();
        _contexts.Add(db);
        return new TaskDeadlineJobs(db, Directory, Clock);
    }

    public async Task<string> PublishAsync(string json)
    {
        var saved = await Runtime.Definitions.SaveAsync(_engine.Read(json));
        await Runtime.PublishAsync(saved.DefinitionId);
        return saved.DefinitionId;
    }

    private DocumentDbContext Documents() => _database.IsPostgres
        ? new PostgresDocumentDbContext(PostgresDocumentDbContext.Options(_database.ConnectionString))
        : new SqliteDocumentDbContext(SqliteDocumentDbContext.Options(_database.ConnectionString));

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        Runtime.Dispose();
        _output.Dispose();
        await _database.DisposeAsync();
    }
}

/// <summary>
/// The municipal store, which fails a run after writing its closings when told to: the run's transaction rolls
/// back, and whatever the store wrote with it must go too.
/// </summary>
public sealed class FailingTaskStore(IHumanTaskStore inner) : IHumanTaskStore
{
    public bool FailClosings { get; set; }

    public async Task SaveAsync(RunTasks tasks, DbConnection connection, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        await inner.SaveAsync(tasks, connection, transaction, cancellationToken);
        if (FailClosings && tasks.Closed.Count > 0)
        {
            throw new InvalidOperationException("The run fails after its task store wrote the closing.");
        }
    }
}

/// <summary>Remembers the tasks whose reminder and escalation were armed.</summary>
public sealed class RecordingDeadlines : ITaskDeadlines
{
    private readonly List<TaskRecord> _scheduled = [];

    public IReadOnlyList<TaskRecord> Scheduled
    {
        get
        {
            lock (_scheduled)
            {
                return [.. _scheduled];
            }
        }
    }

    public void Schedule(TaskRecord task)
    {
        lock (_scheduled)
        {
            _scheduled.Add(task);
        }
    }
}

/// <summary>Supervisors by department, as the host's accounts would answer.</summary>
public sealed class FakeDirectory : IDepartmentDirectory
{
    public Dictionary<string, IReadOnlyList<string>> Supervisors { get; } = new(StringComparer.Ordinal);

    /// <summary>Staff by user name; a name not here is nobody's (or a citizen's).</summary>
    public Dictionary<string, StaffMember> Staff { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken) =>
        Task.FromResult(Supervisors.GetValueOrDefault(department) ?? []);

    public Task<StaffMember?> StaffAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult(Staff.GetValueOrDefault(userName));
}
