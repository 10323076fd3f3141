using CaseSystem.Workflows.Runtime.Persistence;
using CaseSystem.Workflows.Runtime.Scheduling;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>
/// A runtime host with time: Hangfire on the test's storage (in memory beside SQLite, PostgreSQL beside
/// PostgreSQL) and a Hangfire server of its own, polling every 200 ms as the host does.
/// </summary>
public sealed class TimeHost : IDisposable
{
    private readonly BackgroundJobServer _server;

    public TimeHost(TestDatabase database, JobStorage storage)
    {
        ArgumentNullException.ThrowIfNull(database);

        var jobs = new BackgroundJobClient(storage);
        Host = new TestHost(database, new HangfireTimerScheduler(jobs, new RecurringJobManager(storage), storage));
        var timerJobs = new TimerJobs(Host.Runtime, database.Factory(), jobs, NullLogger<TimerJobs>.Instance);
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
            WorkerCount = 2,
            Activator = new Activator(timerJobs),
            ServerName = $"test-{Guid.NewGuid():N}",
        }, storage);
    }

    public TestHost Host { get; }

    /// <summary>The job storage a host of this database would use.</summary>
    public static JobStorage Storage(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return new InMemoryStorage();
        }

        var options = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
    }

    public void Dispose()
    {
        _server.SendStop();
        _server.WaitForShutdown(TimeSpan.FromSeconds(10));
        _server.Dispose();
        Host.Dispose();
    }

    private sealed class Activator(TimerJobs jobs) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(TimerJobs) ? jobs : base.ActivateJob(jobType);
    }
}
