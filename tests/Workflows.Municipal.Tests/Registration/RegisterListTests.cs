using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Registration;
using CaseSystem.Workflows.Municipal.Tests.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Municipal.Tests.Registration;

/// <summary>Reading the register on each database: filters, who may see which entries, paging newest first.
/// </summary>
public abstract class RegisterListTests(bool postgres) : IAsyncLifetime
{
    // 10:00 in Sofia (UTC+2 in winter).
    private static readonly DateTimeOffset December3 = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private readonly SettableTime _time = new(December3);
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(postgres);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task The_list_is_newest_first_and_pages_with_the_total()
    {
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Първи", "Заявление", December3.AddDays(-2));
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Втори", "Заявление", December3);
        await RegisterAsync("ИЗ01", RegisterDirection.Outgoing, "Трети", "Отговор", December3.AddDays(-1));

        var first = await ListAsync(new RegisterQuery { PageSize = 2 });
        var second = await ListAsync(new RegisterQuery { PageSize = 2, Page = 2 });

        Assert.Equal(3, first.Total);
        Assert.Equal(["Втори", "Трети"], first.Items.Select(l => l.Entry.Correspondent));
        Assert.Equal(["Първи"], second.Items.Select(l => l.Entry.Correspondent));
    }

    [SkippableFact]
    public async Task Entries_of_the_same_day_are_newest_written_first()
    {
        await RegisterAsync("РД09", RegisterDirection.Incoming, "По-ранен", "Заявление", December3);
        _time.Now = December3.AddMinutes(5);
        await RegisterAsync("РД09", RegisterDirection.Incoming, "По-късен", "Заявление", December3);

        var page = await ListAsync(new RegisterQuery());

        Assert.Equal(["По-късен", "По-ранен"], page.Items.Select(l => l.Entry.Correspondent));
    }

    [SkippableFact]
    public async Task Register_direction_and_year_narrow_the_list()
    {
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Входящ", "Заявление", December3);
        await RegisterAsync("РД09", RegisterDirection.Outgoing, "Изходящ", "Писмо", December3);
        await RegisterAsync("РД09", RegisterDirection.Incoming, "Миналогодишен", "Заявление",
            December3.AddYears(-1));

        var byRegister = await ListAsync(new RegisterQuery { RegisterCode = "рд09" });
        var outgoing = await ListAsync(new RegisterQuery { Direction = RegisterDirection.Outgoing });
        var lastYear = await ListAsync(new RegisterQuery { Year = 2025 });

        Assert.Equal(["Изходящ", "Миналогодишен"], byRegister.Items.Select(l => l.Entry.Correspondent));
        Assert.Equal(["Изходящ"], outgoing.Items.Select(l => l.Entry.Correspondent));
        Assert.Equal(["Миналогодишен"], lastYear.Items.Select(l => l.Entry.Correspondent));
    }

    [SkippableFact]
    public async Task Dates_are_those_of_Sofia_and_both_ends_are_included()
    {
        // 23:30 UTC on 1 December is 01:30 on 2 December in Sofia.
        await RegisterAsync("РД09", RegisterDirection.Incoming, "Късно вечер", "Заявление",
            new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));
        await RegisterAsync("РД09", RegisterDirection.Incoming, "Първи декември", "Заявление",
            new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        await RegisterAsync("РД09", RegisterDirection.Incoming, "Трети декември", "Заявление", December3);

        var page = await ListAsync(new RegisterQuery
        {
            From = new DateOnly(2026, 12, 2), To = new DateOnly(2026, 12, 3),
        });

        Assert.Equal(["Трети декември", "Късно вечер"], page.Items.Select(l => l.Entry.Correspondent));
    }

    [SkippableFact]
    public async Task Text_is_found_in_index_correspondent_and_subject_whatever_the_case_of_its_Cyrillic()
    {
        var byIndex = await RegisterAsync("ВК08", RegisterDirection.Incoming, "Иван Петров", "Заявление",
            December3);
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "МАРИЯ ГЕОРГИЕВА", "Жалба", December3);
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Фирма ООД", "Искане за СКИЦА", December3);

        var name = await ListAsync(new RegisterQuery { Text = "мария" });
        var subject = await ListAsync(new RegisterQuery { Text = " скица " });
        var index = await ListAsync(new RegisterQuery { Text = byIndex.RegistrationIndex.ToLowerInvariant() });
        var none = await ListAsync(new RegisterQuery { Text = "драгомир" });

        Assert.Equal(["МАРИЯ ГЕОРГИЕВА"], name.Items.Select(l => l.Entry.Correspondent));
        Assert.Equal(["Фирма ООД"], subject.Items.Select(l => l.Entry.Correspondent));
        Assert.Equal([byIndex.Id], index.Items.Select(l => l.Entry.Id));
        Assert.Equal(0, none.Total);
    }

    [SkippableFact]
    public async Task Departments_see_their_cases_entries_only_and_no_entry_without_a_case()
    {
        var reception = await CaseAsync("reception");
        var roads = await CaseAsync("roads");
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Приемна", "Заявление", December3, reception.Id);
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Пътища", "Жалба", December3, roads.Id);
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Без преписка", "Писмо", December3);

        var clerk = await ListAsync(new RegisterQuery { Departments = ["reception"] });
        var nobody = await ListAsync(new RegisterQuery { Departments = [] });
        var everyone = await ListAsync(new RegisterQuery());

        var line = Assert.Single(clerk.Items);
        Assert.Equal("Приемна", line.Entry.Correspondent);
        Assert.Equal(reception.RegistrationIndex, line.CaseIndex);
        Assert.Equal(1, clerk.Total);
        Assert.Equal(0, nobody.Total);
        Assert.Equal(3, everyone.Total);
        Assert.Null(everyone.Items.Single(l => l.Entry.CaseId is null).CaseIndex);
    }

    [SkippableFact]
    public async Task A_case_id_takes_that_cases_entries()
    {
        var matter = await CaseAsync("reception");
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Към преписката", "Заявление", December3,
            matter.Id);
        await RegisterAsync("ВК08", RegisterDirection.Incoming, "Друго", "Заявление", December3);

        var page = await ListAsync(new RegisterQuery { CaseId = matter.Id });

        Assert.Equal(["Към преписката"], page.Items.Select(l => l.Entry.Correspondent));
    }

    [SkippableFact]
    public void The_default_registers_are_the_incoming_one_and_the_first_outgoing_one()
    {
        var format = TestRegistration.Format();

        Assert.Equal("ВК08", format.DefaultRegister(RegisterDirection.Incoming).Code);
        Assert.Equal("ИЗ01", format.DefaultRegister(RegisterDirection.Outgoing).Code);
    }

    private async Task<RegisterEntryRecord> RegisterAsync(string register, RegisterDirection direction,
        string correspondent, string subject, DateTimeOffset date, Guid? caseId = null)
    {
        await using var db = _database!.CreateContext();
        return await Register(db).RegisterAsync(direction, register, correspondent, subject, date, "clerk-1",
            caseId);
    }

    private async Task<RegisterPage> ListAsync(RegisterQuery query)
    {
        await using var db = _database!.CreateContext();
        return await Register(db).ListAsync(query);
    }

    private async Task<CaseRecord> CaseAsync(string department)
    {
        await using var db = _database!.CreateContext();
        var matter = new CaseRecord
        {
            Id = Guid.NewGuid(),
            RegistrationIndex = "СОА26-ВК08-" + Guid.NewGuid().ToString("N")[..6] + "/03.12.2026",
            ServiceCode = "signal",
            Title = "Счупена пейка",
            ApplicantIdentifier = "",
            ApplicantName = "Мария Георгиева",
            DepartmentCode = department,
            AccessCodeHash = "",
            CreatedAt = December3,
            UpdatedAt = December3,
        };
        db.Cases.Add(matter);
        await db.SaveChangesAsync();
        return matter;
    }

    private DocumentRegister Register(MunicipalDbContext db) =>
        new(db, TestRegistration.Format(), _time, NullLogger<DocumentRegister>.Instance);
}

public sealed class SqliteRegisterListTests() : RegisterListTests(postgres: false);

public sealed class PostgresRegisterListTests() : RegisterListTests(postgres: true);
