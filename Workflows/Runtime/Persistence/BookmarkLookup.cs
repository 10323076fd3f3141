using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>A bookmark a stimulus matches: the instance waiting, and the bookmark's id.</summary>
public sealed record BookmarkMatch(string InstanceId, string Id);

/// <summary>
/// The bookmark lookups every stimulus makes, compiled once per database's context type (a compiled query is
/// bound to one model): translating a LINQ query costs more than running it.
/// </summary>
internal static class BookmarkLookup<TContext>
    where TContext : WorkflowDbContext
{
    private static readonly Func<TContext, string, IAsyncEnumerable<BookmarkMatch>> ByHash =
        EF.CompileAsyncQuery((TContext db, string hash) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt)
                .Select(b => new BookmarkMatch(b.InstanceId, b.Id)));

    private static readonly Func<TContext, string, string, IAsyncEnumerable<BookmarkMatch>> ByCorrelation =
        EF.CompileAsyncQuery((TContext db, string hash, string correlationId) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash && b.CorrelationId == correlationId)
                .OrderBy(b => b.CreatedAt).Select(b => new BookmarkMatch(b.InstanceId, b.Id)));

    private static readonly Func<TContext, string, string, IAsyncEnumerable<BookmarkMatch>> ByInstance =
        EF.CompileAsyncQuery((TContext db, string hash, string instanceId) =>
            db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash && b.InstanceId == instanceId)
                .OrderBy(b => b.CreatedAt).Select(b => new BookmarkMatch(b.InstanceId, b.Id)));

    private static readonly Func<TContext, string, string, string, IAsyncEnumerable<BookmarkMatch>> ByBoth =
        EF.CompileAsyncQuery((TContext db, string hash, string instanceId, string correlationId) =>
            db.Bookmarks.AsNoTracking()
                .Where(b => b.Hash == hash && b.InstanceId == instanceId && b.CorrelationId == correlationId)
                .OrderBy(b => b.CreatedAt).Select(b => new BookmarkMatch(b.InstanceId, b.Id)));

    public static IAsyncEnumerable<BookmarkMatch> Find(TContext db, string hash, string? instanceId,
        string? correlationId) => (instanceId, correlationId) switch
        {
            (null, null) => ByHash(db, hash),
            (null, _) => ByCorrelation(db, hash, correlationId),
            (_, null) => ByInstance(db, hash, instanceId),
            _ => ByBoth(db, hash, instanceId, correlationId),
        };
}
