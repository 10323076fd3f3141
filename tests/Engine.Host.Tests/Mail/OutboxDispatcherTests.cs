using CaseSystem.Host.Mail;
using CaseSystem.Host.Tests.Support;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Host.Tests.Mail;

/// <summary>The citizens' and the staff's notifications leave the outbox as e-mail through a real SMTP server, each
/// once.</summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime, IDisposable
{
    private SmtpSink? _smtp;
    private HostFactory? _host;

    public Task InitializeAsync()
    {
        _smtp = SmtpSink.Start();
        _host = new HostFactory(new Dictionary<string, string?>
        {
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The test runs the passes itself.
            ["Mail:OutboxInterval"] = "01:00:00",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _smtp!.DisposeAsync();
    }

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task A_notification_is_mailed_in_its_language_and_marked_sent_so_the_next_pass_sends_nothing()
    {
        var dispatcher = _host!.Services.GetRequiredService<OutboxDispatcher>();
        var id = await AddAsync(new CitizenNotificationRecord
        {
            CaseId = await CaseAsync(),
            Kind = CitizenNotificationRecord.Status,
            Email = "maria@example.bg",
            SubjectBg = "Сигнал СОА26-ВХ-57/04.12.2026: отстранен",
            SubjectEn = "Signal СОА26-ВХ-57/04.12.2026: fixed",
            TextBg = "Проблемът, за който ни писахте, е отстранен.",
            TextEn = "The problem you told us about has been fixed.",
            CreatedAt = DateTimeOffset.UtcNow,
        });

        var first = await dispatcher.PassAsync(CancellationToken.None);
        var message = await _smtp!.NextAsync();
        var second = await dispatcher.PassAsync(CancellationToken.None);
        var stored = await FindAsync(id);

        Assert.Equal((1, 0), (first, second));
        Assert.Equal("Сигнал СОА26-ВХ-57/04.12.2026: отстранен", message.Subject);
        Assert.Equal("Проблемът, за който ни писахте, е отстранен.", message.TextBody?.Trim());
        Assert.NotNull(stored.SentAt);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task A_message_the_server_cannot_take_counts_a_try_and_keeps_its_error()
    {
        var dispatcher = _host!.Services.GetRequiredService<OutboxDispatcher>();
        await _smtp!.DisposeAsync();
        var id = await AddAsync(new CitizenNotificationRecord
        {
            CaseId = await CaseAsync(),
            Kind = CitizenNotificationRecord.Status,
            Email = "maria@example.bg",
            SubjectBg = "Тема",
            SubjectEn = "Subject",
            TextBg = "Текст",
            TextEn = "Text",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        _smtp = SmtpSink.Start();

        var sent = await dispatcher.PassAsync(CancellationToken.None);
        var stored = await FindAsync(id);

        Assert.Equal(0, sent);
        Assert.Null(stored.SentAt);
        Assert.Equal(1, stored.Attempts);
        Assert.False(string.IsNullOrEmpty(stored.LastError));
    }

    [Fact]
    public async Task A_staff_notification_is_mailed_to_its_recipients_address_once_and_one_without_an_address_is_not()
    {
        var dispatcher = _host!.Services.GetRequiredService<OutboxDispatcher>();
        var delegated = await AddStaffAsync("clerk2@sofia.example");
        var stranger = await AddStaffAsync("nobody-here");

        var first = await dispatcher.PassAsync(CancellationToken.None);
        var message = await _smtp!.NextAsync();
        var second = await dispatcher.PassAsync(CancellationToken.None);
        await using var scope = _host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MunicipalDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Id == delegated.Id || n.Id == stranger.Id).ToListAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal("clerk2@sofia.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("Делегирана ви е задача", message.Subject);
        Assert.Contains("ви делегира задача „Преглед“.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("/inbox/tasks/task-42", message.TextBody, StringComparison.Ordinal);
        Assert.NotNull(rows.Single(n => n.Recipient == "clerk2@sofia.example").EmailedAt);
        var unsent = rows.Single(n => n.Recipient == "nobody-here");
        Assert.Null(unsent.EmailedAt);
        Assert.Equal(OutboxDispatcher.MaxAttempts, unsent.EmailAttempts);
    }

    private async Task<NotificationRecord> AddStaffAsync(string recipient)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var notification = new NotificationRecord
        {
            Recipient = recipient,
            TaskId = "task-42",
            Kind = NotificationRecord.Delegated,
            TextBg = "clerk@sofia.example ви делегира задача „Преглед“.",
            TextEn = "clerk@sofia.example delegated the task 'Review' to you.",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification;
    }

    private async Task<Guid> CaseAsync()
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<CaseService>().OpenAsync(new NewCase
        {
            ServiceCode = "signal",
            Title = "Сигнал",
            ApplicantKind = ApplicantKind.Person,
            ApplicantIdentifier = "7501020018",
            ApplicantName = "Мария Иванова",
            DepartmentCode = "reception",
            OpenedBy = "test",
        });
        return opened.Case.Id;
    }

    private async Task<long> AddAsync(CitizenNotificationRecord notification)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        db.CitizenNotifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private async Task<CitizenNotificationRecord> FindAsync(long id)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MunicipalDbContext>().CitizenNotifications
            .AsNoTracking().SingleAsync(n => n.Id == id);
    }
}
