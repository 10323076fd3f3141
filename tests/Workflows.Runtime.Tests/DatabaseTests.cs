using CaseSystem.Workflows.Runtime.Persistence;

namespace CaseSystem.Workflows.Runtime.Tests;

/// <summary>
/// Tests that run once per database: a subclass for SQLite and one for PostgreSQL. PostgreSQL's are skipped,
/// saying why, when the test script has not started a server.
/// </summary>
public abstract class DatabaseTests(DatabaseProvider provider)
{
    protected DatabaseProvider Provider { get; } = provider;

    protected async Task<TestDatabase> DatabaseAsync()
    {
        Skip.If(Provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null,
            $"{TestDatabase.PostgresVariable} is not set: run the tests with scripts/test, which starts PostgreSQL.");
        return await TestDatabase.CreateAsync(Provider);
    }
}
