using CaseSystem.Workflows.Municipal.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>
/// Gives the next sequence of a register and a year. Numbers never repeat, even with several hosts numbering at
/// once; they need not be free of gaps, though in practice they are (see <see cref="NextAsync"/>).
/// </summary>
internal static class SequenceAllocator
{
    /// <summary>
    /// One statement, the same on PostgreSQL and SQLite (UPSERT with RETURNING, SQLite 3.35 and later): the first
    /// number of a register and year inserts the row with 1, every later one adds 1 to it.
    /// <para>
    /// It must run inside the caller's transaction, which then writes the register entry. On PostgreSQL the
    /// upsert locks the row until that transaction ends, so a concurrent allocator waits and then reads the
    /// committed value; on SQLite the transaction began IMMEDIATE and already holds the write lock. Either way the
    /// number and its entry commit together or not at all: a rolled-back registration gives its number back to
    /// the next one, which is right, because the rule is no repeats, and a number that was never committed was
    /// never given. So the committed sequences of a register and year run 1, 2, 3... without gaps, as long as
    /// every allocation is followed by its entry in the same transaction.
    /// </para>
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open on the context.</exception>
    public static async Task<int> NextAsync(
        MunicipalDbContext db, string registerCode, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "A sequence is allocated inside the transaction that writes its register entry; begin one first.");
        }

        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO register_sequences ("RegisterCode", "Year", "Last") VALUES ({registerCode}, {year}, 1)
            ON CONFLICT ("RegisterCode", "Year") DO UPDATE SET "Last" = register_sequences."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
