using CaseSystem.DocumentStore.Documents;
using CaseSystem.Host.Accounts;
using CaseSystem.Host.Workflows;
using CaseSystem.Workflows.Municipal.Notifications;
using CaseSystem.Workflows.Municipal.Tasks;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseSystem.Host.Mail;

/// <summary>
/// Sends the citizens' notifications that the municipal layer writes with what they tell (status changes, an
/// extended deadline, the decision with its letter attached), and the staff's (a task's reminder and escalation,
/// a task delegated, handed back or given to them) in the language of their account, by e-mail, a batch every
/// <see cref="MailOptions.OutboxInterval"/>. With several hosts on PostgreSQL, one at a time dispatches: each pass
/// first takes a session advisory lock, so two hosts never send the same message at once. A message whose sending
/// fails is tried again on later passes, up to <see cref="MaxAttempts"/> tries.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, DatabaseSettings database, IOptions<MailOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const int MaxAttempts = 5;

    // "CaseSystem outbox" as a 64-bit key, shared by every host of one installation.
    private const long LockKey = 0x4353_4F55_5442_4F58;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxInterval);
        do
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.OutboxPassFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: sends what is pending; returns how many were sent.</summary>
    public async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            // The embedded default is one host by construction: SQLite's file belongs to one process.
            return await SendPendingAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", LockKey);
            if (await take.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        try
        {
            return await SendPendingAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", LockKey);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<CitizenOutbox>();
        var mail = scope.ServiceProvider.GetRequiredService<IMailSender>();
        var sent = 0;
        foreach (var notification in await outbox.PendingAsync(50, MaxAttempts, cancellationToken))
        {
            try
            {
                var attachments = notification.DocumentId is { } documentId
                    ? [await AttachmentAsync(scope.ServiceProvider, documentId, cancellationToken)]
                    : Array.Empty<MailAttachment>();
                await mail.SendAsync(new OutgoingMail(notification.Email!, notification.Subject, notification.Text)
                {
                    Attachments = attachments,
                }, cancellationToken);
                await outbox.MarkSentAsync(notification.Id, cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await outbox.MarkFailedAsync(notification.Id, e.GetType().Name + ": " + e.Message, cancellationToken);
                Log.NotificationFailed(logger, e, notification.Id, notification.CaseId);
            }
        }

        return sent + await SendStaffAsync(scope.ServiceProvider, mail, cancellationToken);
    }

    private async Task<int> SendStaffAsync(IServiceProvider services, IMailSender mail,
        CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<StaffOutbox>();
        var users = services.GetRequiredService<UserManager<Account>>();
        var sent = 0;
        foreach (var notification in await outbox.PendingAsync(50, MaxAttempts, cancellationToken))
        {
            if (await users.FindByNameAsync(notification.Recipient) is not { Email: { } email } account)
            {
                // Nobody to write to (an account since removed, a name without an address): the inbox shows it.
                await outbox.MarkFailedAsync(notification.Id, giveUp: true, MaxAttempts, cancellationToken);
                continue;
            }

            try
            {
                var message = StaffMail.For(notification, account.Language == "en", options.Value.SiteUrl, email);
                await mail.SendAsync(message, cancellationToken);
                await outbox.MarkEmailedAsync(notification.Id, cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await outbox.MarkFailedAsync(notification.Id, giveUp: false, MaxAttempts, cancellationToken);
                Log.StaffNotificationFailed(logger, e, notification.Id, notification.TaskId);
            }
        }

        return sent;
    }

    private static async Task<MailAttachment> AttachmentAsync(IServiceProvider services, Guid documentId,
        CancellationToken cancellationToken)
    {
        var library = services.GetRequiredService<DocumentLibrary>();
        var (version, content) = await library.OpenAsync(documentId, cancellationToken: cancellationToken);
        await using (content)
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            return new MailAttachment(version.FileName, version.MediaType, buffer.ToArray());
        }
    }
}
