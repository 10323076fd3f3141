using System.Globalization;
using System.Text.Json;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Signals;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Tests.Signals;

public sealed class SqliteSignalServiceTests() : SignalServiceTests(postgres: false);

public sealed class PostgresSignalServiceTests() : SignalServiceTests(postgres: true);

/// <summary>Filing signals, their duplicates, following them, and what the public sees, on each database.</summary>
public abstract class SignalServiceTests(bool postgres) : IAsyncLifetime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private SignalHarness? _harness;

    private SignalHarness Harness => _harness!;

    public async Task InitializeAsync() => _harness = await SignalHarness.CreateAsync(postgres);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_refused_signal_says_what_to_change_in_Bulgarian_and_English_and_nothing_is_saved()
    {
        var bad = SignalHarness.Pothole() with
        {
            CategoryCode = "potholes",
            Latitude = 42.1,
            Longitude = 24.7,
            PhotoIds = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()],
            Name = " ",
            Email = "maria.example.bg",
            EventsOn = new DateOnly(2026, 12, 4),
        };

        var error = await Assert.ThrowsAsync<SignalValidationException>(() => Harness.Signals().SubmitAsync(bad));

        Assert.Equal(["categoryCode", "latitude", "photoIds", "name", "email", "eventsOn"], error.Errors.Keys);
        Assert.StartsWith("Изберете категория от списъка (roads, lighting", error.Errors["categoryCode"].Bulgarian,
            StringComparison.Ordinal);
        Assert.StartsWith("Choose a category", error.Errors["categoryCode"].MessageFor(English),
            StringComparison.Ordinal);
        Assert.Contains("извън Столична община", error.Errors["latitude"].Bulgarian, StringComparison.Ordinal);
        Assert.Contains("outside Sofia municipality", error.Errors["latitude"].English, StringComparison.Ordinal);
        Assert.Equal("Приложете най-много 3 снимки (приложени са 4).", error.Errors["photoIds"].Bulgarian);
        Assert.Equal("Attach at most 3 photos (4 are attached).", error.Errors["photoIds"].English);
        Assert.Contains("name@example.com", error.Errors["email"].English, StringComparison.Ordinal);
        Assert.StartsWith("Сигналът има грешки: ", error.MessageFor(null), StringComparison.Ordinal);
        await using var db = Harness.Context();
        Assert.Equal((0, 0), (await db.Cases.CountAsync(), await db.Signals.CountAsync()));
    }

    [SkippableFact]
    public async Task Photos_uploaded_under_the_signal_are_filed_with_it_in_order()
    {
        var caseId = Guid.NewGuid();
        var first = await Harness.AddPhotoAsync(caseId);
        var second = await Harness.AddPhotoAsync(caseId);

        var filed = await Harness.Signals().SubmitAsync(
            SignalHarness.Pothole() with { CaseId = caseId, PhotoIds = [second, first] });

        var details = await Harness.Signals().FindAsync(filed.Case.Id);
        Assert.Equal([second, first], details!.PhotoIds);
    }

    [SkippableFact]
    public async Task A_photo_of_another_case_or_a_deleted_one_is_refused_and_nothing_is_saved()
    {
        var caseId = Guid.NewGuid();
        var own = await Harness.AddPhotoAsync(caseId);
        var someoneElses = await Harness.AddPhotoAsync(Guid.NewGuid());
        var deleted = await Harness.AddPhotoAsync(caseId, deleted: true);
        var signal = SignalHarness.Pothole() with { CaseId = caseId, PhotoIds = [own, someoneElses, deleted] };

        var error = await Assert.ThrowsAsync<SignalValidationException>(() => Harness.Signals().SubmitAsync(signal));
        var withoutCase = await Assert.ThrowsAsync<SignalValidationException>(
            () => Harness.Signals().SubmitAsync(signal with { CaseId = null, PhotoIds = [own] }));

        Assert.Equal(["photoIds"], error.Errors.Keys);
        Assert.Equal(
            $"Няма качена снимка {someoneElses}, {deleted} към този сигнал. "
            + "Качете снимките отново.",
            error.Errors["photoIds"].Bulgarian);
        Assert.Equal($"No photo {someoneElses}, {deleted} was uploaded with this signal. Upload the photos again.",
            error.Errors["photoIds"].MessageFor(English));
        Assert.Contains(own.ToString(), withoutCase.Errors["photoIds"].English, StringComparison.Ordinal);
        await using var db = Harness.Context();
        Assert.Equal((0, 0, 0), (await db.Cases.CountAsync(), await db.Signals.CountAsync(),
            await db.SignalPhotos.CountAsync()));
    }

    [SkippableFact]
    public async Task A_waste_signal_on_the_map_goes_to_the_district_its_point_lies_in()
    {
        var boundaries = Path.Combine(Path.GetTempPath(), $"districts-{Guid.NewGuid():N}.geojson");
        await File.WriteAllTextAsync(boundaries, DistrictBoundariesTests.Sofia());
        try
        {
            await using var harness = await SignalHarness.CreateAsync(postgres,
                new SignalOptions { DistrictBoundaries = boundaries });
            var waste = SignalHarness.Pothole(latitude: 42.675, longitude: 23.320) with { CategoryCode = "waste" };

            var derived = await harness.Signals().SubmitAsync(waste);
            var chosen = await harness.Signals().SubmitAsync(waste with { District = "iskar" });
            var outside = await harness.Signals().SubmitAsync(waste with { Latitude = 42.75 });

            Assert.Equal(("lozenets", "district-lozenets"), (derived.Signal.District, derived.Signal.Department));
            Assert.Equal(("iskar", "district-iskar"), (chosen.Signal.District, chosen.Signal.Department));
            Assert.Equal((null, "waste"), (outside.Signal.District, outside.Signal.Department));
        }
        finally
        {
            File.Delete(boundaries);
        }
    }

    [SkippableFact]
    public async Task A_signal_needs_a_point_or_an_address_and_an_address_alone_will_do()
    {
        var nowhere = SignalHarness.Pothole() with { Latitude = null, Longitude = null, Address = null };
        var halfPoint = SignalHarness.Pothole() with { Longitude = null, Address = null };

        var none = await Assert.ThrowsAsync<SignalValidationException>(() => Harness.Signals().SubmitAsync(nowhere));
        var half = await Assert.ThrowsAsync<SignalValidationException>(() => Harness.Signals().SubmitAsync(halfPoint));
        var byAddress = await Harness.Signals().SubmitAsync(nowhere with { Address = "ул. Граф Игнатиев 15" });

        Assert.Equal("Посочете адрес или изберете точка на картата.", none.Errors["address"].Bulgarian);
        Assert.Equal("Give both the latitude and the longitude of the point, or neither.",
            half.Errors["latitude"].English);
        Assert.Equal("СОА26-ВК08-1/03.12.2026", byAddress.Case.RegistrationIndex);
    }

    [SkippableFact]
    public async Task Open_signals_of_the_category_nearby_are_likely_duplicates_and_far_or_other_ones_are_not()
    {
        var first = await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.69250, 23.32700));
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.69700, 23.32700));
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with { CategoryCode = "lighting" });

        // About 45 metres north-east of the first.
        var second = await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.69280, 23.32740));

        var offered = Assert.Single(second.LikelyDuplicates);
        Assert.Equal(first.Case.Id, offered.Signal.Id);
        Assert.InRange(offered.DistanceMetres!.Value, 35, 55);
        var marked = Assert.Single(await Harness.Signals().PossibleDuplicatesAsync(second.Case.Id));
        Assert.Equal(first.Case.Id, marked.Signal.Id);
        Assert.Contains("Възможни дубликати: 1.", (await Harness.TaskAsync(second.Case.Id)).Description,
            StringComparison.Ordinal);
        Assert.Empty(await Harness.Signals().PossibleDuplicatesAsync(first.Case.Id));
    }

    [SkippableFact]
    public async Task A_closed_signal_is_no_duplicate_and_an_address_matches_an_address()
    {
        var closed = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.CompleteAsync(closed.Case.Id, "Извън компетентност");
        var byAddress = SignalHarness.Pothole() with { Latitude = null, Longitude = null, Address = "бул. Витоша 1" };
        var first = await Harness.Signals().SubmitAsync(byAddress);

        var near = await Harness.Signals().FindLikelyDuplicatesAsync("roads", new GeoPoint(42.6925, 23.3270), null);
        var same = await Harness.Signals().FindLikelyDuplicatesAsync("roads", null, "БУЛ.  витоша, 1");

        Assert.Empty(near);
        Assert.Equal(first.Case.Id, Assert.Single(same).Signal.Id);
    }

    [SkippableFact]
    public async Task A_follower_is_told_of_status_changes_once_however_often_they_follow()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var follower = new SignalFollower(null, "Ivan@Example.bg", "en");

        await Harness.Signals().FollowAsync(submitted.Case.Id, follower);
        await Harness.Signals().FollowAsync(submitted.Case.Id, follower with { Email = "ivan@example.bg" });
        await Harness.Signals().FollowAsync(submitted.Case.Id, new SignalFollower("maria", null));
        await Harness.CompleteAsync(submitted.Case.Id, "Приемане", new() { ["note"] = "Лично за Мария." });

        var toFollower = (await Harness.NotificationsAsync(submitted.Case.Id)).Where(n => n.ToFollower).ToList();
        Assert.Equal([CitizenNotificationRecord.Following, CitizenNotificationRecord.Status],
            toFollower.Select(n => n.Kind));
        Assert.All(toFollower, n => Assert.Equal(("ivan@example.bg", "en"), (n.Email, n.Language)));
        Assert.DoesNotContain("Мария", toFollower[1].TextBg, StringComparison.Ordinal);
        Assert.Equal("Signal СОА26-ВК08-1/03.12.2026 is now “In progress”.", toFollower[1].Text);
        await using var db = Harness.Context();
        Assert.Equal(1, await db.SignalFollowers.CountAsync());
    }

    [SkippableFact]
    public async Task A_closed_signal_cannot_be_followed_and_following_needs_an_account_or_an_email()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        var nobody = await Assert.ThrowsAsync<SignalException>(
            () => Harness.Signals().FollowAsync(submitted.Case.Id, new SignalFollower(null, " ")));
        await Harness.CompleteAsync(submitted.Case.Id, "Извън компетентност");

        var closed = await Assert.ThrowsAsync<SignalException>(
            () => Harness.Signals().FollowAsync(submitted.Case.Id, new SignalFollower("ivan", null)));

        Assert.Equal("Sign in or give an e-mail address to follow the signal.", nobody.MessageFor(English));
        Assert.Contains("вече е приключен", closed.Bulgarian, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SignalNotFoundException>(
            () => Harness.Signals().FollowAsync(Guid.NewGuid(), new SignalFollower("ivan", null)));
    }

    [SkippableFact]
    public async Task The_public_list_holds_no_personal_data()
    {
        var submitted = await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with
        {
            Description = "Дупка пред блока ми, звънете на 0888 123 456.",
            ShareDescription = true,
        });

        var page = await Harness.Signals().ListPublicAsync(new SignalQuery());

        var json = JsonSerializer.Serialize(page);
        var item = Assert.Single(page.Items);
        Assert.Equal((submitted.Case.Id, "roads", CaseStatus.Received), (item.Id, item.CategoryCode, item.Status));
        Assert.Null(item.Description);
        Assert.Equal((42.693, 23.327, "ул. Граф Игнатиев"), (item.Latitude, item.Longitude, item.Address));
        // The sender, the exact point and the house number; a bare "15" could turn up inside an id.
        string[] personalData =
            ["Мария", "Петрова", "maria", "0888", "Шипка", "Игнатиев 15", "вх. Б", "42.6925", "Дупка"];
        foreach (var personal in personalData)
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task A_description_is_public_only_when_shared_and_free_of_personal_data()
    {
        const string Clean = "Дълбока дупка на платното пред спирката.";
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole() with { ShareDescription = true });
        Harness.Clock.Now = SignalHarness.Start.AddMinutes(1);
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.70, 23.33));
        Harness.Clock.Now = SignalHarness.Start.AddMinutes(2);
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.71, 23.33) with
        {
            Description = "Кола СА 1234 АВ е паркирана на тротоара.", ShareDescription = true,
        });

        var items = (await Harness.Signals().ListPublicAsync(new SignalQuery())).Items;

        Assert.Equal([null, null, Clean], items.Select(i => i.Description));
    }

    [SkippableFact]
    public async Task Open311_filters_by_service_code_status_dates_and_ids_a_page_at_a_time()
    {
        var roads = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        Harness.Clock.Now = SignalHarness.Start.AddDays(1);
        var light = await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.70, 23.33) with
        {
            CategoryCode = "lighting",
        });
        Harness.Clock.Now = SignalHarness.Start.AddDays(2);
        var closed = await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.71, 23.33));
        await Harness.CompleteAsync(closed.Case.Id, "Извън компетентност");

        var signals = Harness.Signals();
        var byCode = await signals.ListPublicAsync(new SignalQuery { CategoryCodes = ["lighting"] });
        var open = await signals.ListPublicAsync(new SignalQuery { Open = true });
        var shut = await signals.ListPublicAsync(new SignalQuery { Open = false });
        var dated = await signals.ListPublicAsync(new SignalQuery
        {
            From = SignalHarness.Start.AddHours(12), To = SignalHarness.Start.AddDays(1).AddHours(12),
        });
        var ids = await signals.ListPublicAsync(new SignalQuery { Ids = [roads.Case.Id, closed.Case.Id] });
        var second = await signals.ListPublicAsync(new SignalQuery { Page = 2, PageSize = 2 });

        Assert.Equal([light.Case.Id], byCode.Items.Select(i => i.Id));
        Assert.Equal([light.Case.Id, roads.Case.Id], open.Items.Select(i => i.Id));
        Assert.Equal([closed.Case.Id], shut.Items.Select(i => i.Id));
        Assert.False(Assert.Single(shut.Items).IsOpen);
        Assert.Equal([light.Case.Id], dated.Items.Select(i => i.Id));
        Assert.Equal([closed.Case.Id, roads.Case.Id], ids.Items.Select(i => i.Id));
        Assert.Equal(3, second.Total);
        Assert.Equal([roads.Case.Id], second.Items.Select(i => i.Id));
    }

    [SkippableFact]
    public async Task A_citizen_lists_their_own_signals_and_one_is_found_by_its_index_as_typed()
    {
        var mine = await Harness.Signals().SubmitAsync(SignalHarness.Pothole());
        await Harness.Signals().SubmitAsync(SignalHarness.Pothole(42.70, 23.33) with
        {
            OwnerAccountId = "ivan", SubmittedBy = "clerk-1", Channel = SignalChannel.Phone,
        });

        var list = await Harness.Signals().ListMineAsync("maria");
        var found = await Harness.Signals().FindByIndexAsync("соа26 - вк08 - 1 / 03.12.2026");

        Assert.Equal(mine.Case.Id, Assert.Single(list).Case.Id);
        Assert.Equal(mine.Case.Id, found!.Case.Id);
        Assert.Equal(("Мария Петрова", "ул. Шипка 34, 1504 София"), (found.Case.ApplicantName,
            found.Signal.PostalAddress));
    }
}
