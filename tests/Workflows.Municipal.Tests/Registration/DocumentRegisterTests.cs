using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Tests.Registration;

/// <summary>The document register on each database: sequences per register and year, never repeated.</summary>
public abstract class DocumentRegisterTests(bool postgres) : IAsyncLifetime
{
    // 10:00 in Sofia (UTC+2 in winter).
    private static readonly DateTimeOffset December3 = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly SettableTime _time = new(December3);
    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>How many writers number at once in the concurrency test, and how many documents each.</summary>
    protected abstract (int Writers, int Each) Concurrency { get; }

    [SkippableFact]
    public async Task A_registration_gets_the_next_index_of_its_register_and_writes_its_entry()
    {
        await using var db = await ContextAsync();
        var documentId = Guid.NewGuid();

        var entry = await Register(db).RegisterAsync(RegisterDirection.Outgoing, "ИЗ01", "Иван Петров",
            "Отговор на запитване", December3, "clerk-7", documentId: documentId);

        Assert.Equal("СОА26-ИЗ01-1/03.12.2026", entry.RegistrationIndex);
        await using var check = NewContext();
        var stored = await check.RegisterEntries.SingleAsync();
        Assert.Equal(entry.Id, stored.Id);
        Assert.Equal(("ИЗ01", 2026, 1), (stored.RegisterCode, stored.Year, stored.Sequence));
        Assert.Equal(RegisterDirection.Outgoing, stored.Direction);
        Assert.Equal(new DateOnly(2026, 12, 3), stored.Date);
        Assert.Equal("Иван Петров", stored.Correspondent);
        Assert.Equal("Отговор на запитване", stored.Subject);
        Assert.Equal(documentId, stored.DocumentId);
        Assert.Null(stored.CaseId);
        Assert.Equal("clerk-7", stored.CreatedBy);
        Assert.Equal(December3, stored.CreatedAt);
    }

    [SkippableFact]
    public async Task Each_register_counts_on_its_own()
    {
        await using var db = await ContextAsync();
        var register = Register(db);

        var first = await RegisterInAsync(register, "РД09", December3);
        var second = await RegisterInAsync(register, "РД09", December3);
        var other = await RegisterInAsync(register, "ВК08", December3);

        Assert.Equal([1, 2, 1], [first.Sequence, second.Sequence, other.Sequence]);
        Assert.Equal("СОА26-РД09-2/03.12.2026", second.RegistrationIndex);
        Assert.Equal("СОА26-ВК08-1/03.12.2026", other.RegistrationIndex);
    }

    [SkippableFact]
    public async Task Sequences_restart_at_one_in_a_new_year()
    {
        await using var db = await ContextAsync();
        var register = Register(db);
        var lastDay = new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.FromHours(2));

        await RegisterInAsync(register, "РД09", lastDay);
        var lastOfTheYear = await RegisterInAsync(register, "РД09", lastDay);
        var firstOfTheNext = await RegisterInAsync(register, "РД09", lastDay.AddDays(2));

        Assert.Equal("СОА25-РД09-2/31.12.2025", lastOfTheYear.RegistrationIndex);
        Assert.Equal("СОА26-РД09-1/02.01.2026", firstOfTheNext.RegistrationIndex);
    }

    [SkippableFact]
    public async Task The_year_is_that_of_the_date_in_Sofia_not_in_UTC()
    {
        await using var db = await ContextAsync();

        var entry = await RegisterInAsync(
            Register(db), "РД09", new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(2026, entry.Year);
        Assert.Equal("СОА26-РД09-1/01.01.2026", entry.RegistrationIndex);
    }

    [SkippableFact]
    public async Task A_rolled_back_registration_gives_its_number_back()
    {
        await using var db = await ContextAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await RegisterInAsync(Register(db), "РД09", December3);
            await transaction.RollbackAsync();
        }

        await using var next = NewContext();
        var entry = await RegisterInAsync(Register(next), "РД09", December3);

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(1, await next.RegisterEntries.CountAsync());
    }

    [SkippableFact]
    public async Task A_register_refuses_the_direction_it_does_not_take_and_gives_no_number()
    {
        await using var db = await ContextAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Register(db).RegisterAsync(
            RegisterDirection.Outgoing, "ВК08", "Иван Петров", "Писмо", December3, "clerk-7"));

        Assert.Contains("takes Incoming documents only", error.Message, StringComparison.Ordinal);
        await using var check = NewContext();
        Assert.Equal(0, await check.RegisterSequences.CountAsync());
    }

    [SkippableFact]
    public async Task Parallel_registrations_on_separate_connections_get_every_sequence_once_without_gaps()
    {
        await using var setup = await ContextAsync();
        var (writers, each) = Concurrency;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await using var db = NewContext();
                await RegisterInAsync(Register(db), "РД09", December3);
            }
        })));

        await using var check = NewContext();
        var sequences = await check.RegisterEntries.Select(e => e.Sequence).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, writers * each), sequences);
        var last = await check.RegisterSequences.SingleAsync();
        Assert.Equal(writers * each, last.Last);
    }

    private async Task<MunicipalDbContext> ContextAsync()
    {
        _database = await TestDatabase.CreateAsync(postgres);
        return _database.CreateContext();
    }

    private MunicipalDbContext NewContext() => _database!.CreateContext();

    private DocumentRegister Register(MunicipalDbContext db) =>
        new(db, TestRegistration.Format(), _time, NullLogger<DocumentRegister>.Instance);

    private static Task<RegisterEntryRecord> RegisterInAsync(
        DocumentRegister register, string code, DateTimeOffset date) =>
        register.RegisterAsync(
            RegisterDirection.Incoming, code, "Мария Георгиева", "Заявление", date, "clerk-1");
}

public sealed class SqliteDocumentRegisterTests() : DocumentRegisterTests(postgres: false)
{
    protected override (int Writers, int Each) Concurrency => (4, 25);
}

public sealed class PostgresDocumentRegisterTests() : DocumentRegisterTests(postgres: true)
{
    protected override (int Writers, int Each) Concurrency => (8, 50);
}
