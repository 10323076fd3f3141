using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Calendar;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Municipal.Tests.Persistence;
using CaseSystem.Workflows.Municipal.Tests.Registration;
using CaseSystem.Workflows.Runtime;
using CaseSystem.Workflows.Runtime.Definitions;
using CaseSystem.Workflows.Runtime.Instances;
using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseSystem.Workflows.Municipal.Tests.Signals;

/// <summary>
/// Signals wired as a host wires them (<see cref="SignalServices.AddSignals"/>), over one database with the
/// runtime's, the municipal and the document tables, documents in a temporary folder, a real runtime whose task and
/// effect stores are the municipal ones, the shipped signal workflow loaded, and a clock the test moves.
/// </summary>
public sealed class SignalHarness : IAsyncDisposable
{
    // Thursday 3 December 2026, 10:00 in Sofia.
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    public static readonly TaskActor Roads = new("roads-1", ["roads"], false, false);

    /// <summary>The roads department's supervisor, who decides extensions.</summary>
    public static readonly TaskActor RoadsBoss = new("roads-boss", ["roads"], true, false);

    private readonly TestDatabase _database;
    private readonly string _documents;
    private readonly ServiceProvider _services;

    private SignalHarness(TestDatabase database, SignalOptions options, ITimestampAuthority? timestamps)
    {
        _database = database;
        _documents = Directory.CreateTempSubdirectory("signal-documents-").FullName;
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options.Create(TestRegistration.Options()));
        services.AddSingleton(Options.Create(options));
        services.AddScoped(_ => database.CreateContext());
        services.AddScoped(_ => Documents());
        services.AddSingleton<IObjectStore>(new FileSystemObjectStore(_documents));
        var engine = new EngineServices(time: Clock) { Calendar = new BulgarianCalendar() };
        services.AddSingleton(new WorkflowEngine(engine));
        services.AddSingleton(new WorkflowDbContextFactory(
            database.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, database.ConnectionString));
        services.AddSingleton(Options.Create(new RuntimeOptions()));
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<ITimerScheduler, NoTimerScheduler>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<IDepartmentDirectory>(new BossPerDepartment());
        services.AddHumanTasks();
        if (timestamps is not null)
        {
            services.AddSingleton(timestamps);
        }

        services.AddSignals();
        _services = services.BuildServiceProvider();
    }

    public SettableTime Clock { get; } = new(Start);

    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();

    /// <summary>A harness on a fresh database; with <paramref name="timestamps"/>, letters are timestamped there.
    /// </summary>
    public static async Task<SignalHarness> CreateAsync(bool postgres, SignalOptions? options = null,
        ITimestampAuthority? timestamps = null)
    {
        var database = await TestDatabase.CreateAsync(postgres);
        var harness = new SignalHarness(database, options ?? new SignalOptions(), timestamps);
        await harness._services.GetRequiredService<WorkflowDbContextFactory>().MigrateAsync();
        await using (var documents = harness.Documents())
        {
            await documents.Database.MigrateAsync();
        }

        await harness._services.GetRequiredService<SignalWorkflow>().LoadAsync();
        return harness;
    }

    /// <summary>A service from a scope of its own, as one request of the host would have.</summary>
    public T Get<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public SignalService Signals() => Get<SignalService>();

    public MunicipalDbContext Context() => _database.CreateContext();

    /// <summary>A signal about a pothole on Graf Ignatiev street, from a citizen with every contact.</summary>
    public static NewSignal Pothole(double latitude = 42.6925, double longitude = 23.3270) => new()
    {
        CategoryCode = "roads",
        Description = "Дълбока дупка на платното пред спирката.",
        Latitude = latitude,
        Longitude = longitude,
        Address = "ул. Граф Игнатиев 15, вх. Б",
        Name = "Мария Петрова",
        Email = "maria@example.bg",
        Phone = "0888 123 456",
        PostalAddress = "ул. Шипка 34, 1504 София",
        OwnerAccountId = "maria",
        SubmittedBy = "maria",
    };

    /// <summary>The live task of the case, as the roads clerk (or <paramref name="clerk"/>) sees it; fails unless
    /// there is exactly one.</summary>
    public async Task<TaskRecord> TaskAsync(Guid caseId, TaskActor? clerk = null)
    {
        var page = await Get<TaskService>().ListAsync(clerk ?? Roads, new TaskFilter { CaseId = caseId });
        return Assert.Single(page.Items);
    }

    /// <summary>Claims the case's live task as the roads clerk (or <paramref name="clerk"/>) and completes it with
    /// an outcome.</summary>
    public async Task<TaskRecord> CompleteAsync(Guid caseId, string outcome, JsonObject? form = null,
        TaskActor? clerk = null)
    {
        var task = await TaskAsync(caseId, clerk);
        await Get<TaskService>().ClaimAsync(clerk ?? Roads, task.Id);
        return await Get<TaskService>().CompleteAsync(clerk ?? Roads, task.Id, outcome, form, []);
    }

    /// <summary>The department's supervisor decides the extension the clerk asked for.</summary>
    public Task<TaskRecord> DecideExtensionAsync(Guid caseId, bool approve = true) =>
        CompleteAsync(caseId, approve ? "Одобрено" : "Отказано", clerk: RoadsBoss);

    public async Task<IReadOnlyList<CitizenNotificationRecord>> NotificationsAsync(Guid caseId) =>
        await Get<CitizenOutbox>().ForCaseAsync(caseId);

    public async Task<CaseRecord> CaseAsync(Guid caseId)
    {
        await using var db = Context();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
    }

    public async Task<IReadOnlyList<RegisterEntryRecord>> OutgoingAsync(Guid caseId)
    {
        await using var db = Context();
        return await db.RegisterEntries.AsNoTracking()
            .Where(r => r.CaseId == caseId && r.Direction == RegisterDirection.Outgoing)
            .ToListAsync();
    }

    public async Task<IReadOnlyList<DocumentRecord>> DocumentsOfAsync(Guid caseId)
    {
        await using var documents = Documents();
        return await Library(documents).ListAsync(caseId.ToString());
    }

    /// <summary>A photo stored under <paramref name="caseId"/>, as the portal stores one before the signal is
    /// filed; deleted afterwards when asked.</summary>
    public async Task<Guid> AddPhotoAsync(Guid caseId, bool deleted = false)
    {
        await using var documents = Documents();
        var library = Library(documents);
        var id = Guid.NewGuid();
        await using (var photo = new Upload("дупка.jpg", "image/jpeg", new MemoryStream([0xFF, 0xD8, 0xFF, 0xD9])))
        {
            await library.AddAsync(id, caseId.ToString(), "citizen", photo);
        }

        if (deleted)
        {
            await library.DeleteAsync(id, "citizen");
        }

        return id;
    }

    public async Task<byte[]> ContentAsync(Guid documentId)
    {
        await using var documents = Documents();
        var (_, content) = await Library(documents).OpenAsync(documentId);
        await using (content)
        {
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_documents, recursive: true);
    }

    private DocumentLibrary Library(DocumentDbContext documents) =>
        new(documents, _services.GetRequiredService<IObjectStore>(), Clock);

    private DocumentDbContext Documents() => _database.IsPostgres
        ? new PostgresDocumentDbContext(PostgresDocumentDbContext.Options(_database.ConnectionString))
        : new SqliteDocumentDbContext(SqliteDocumentDbContext.Options(_database.ConnectionString));
}

/// <summary>Every department has one supervisor, named after it (<c>roads-boss</c>), as the host's accounts would
/// answer; no one else is staff.</summary>
internal sealed class BossPerDepartment : IDepartmentDirectory
{
    public Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([department + "-boss"]);

    public Task<StaffMember?> StaffAsync(string userName, CancellationToken cancellationToken) =>
        Task.FromResult<StaffMember?>(null);
}
