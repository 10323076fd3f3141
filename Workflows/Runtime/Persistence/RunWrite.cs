namespace CaseSystem.Workflows.Runtime.Persistence;

/// <summary>
/// What most runs write, and nothing else: the instance's row (new or updated), the bookmarks it no longer has and
/// the ones it gained, and its journal. Runs with incidents, children or events go through the change tracker.
/// </summary>
/// <param name="Instance">The row, its <see cref="InstanceRecord.Revision"/> already advanced by one.</param>
/// <param name="IsNew">True for a start: the row is inserted rather than updated.</param>
/// <param name="RemovedBookmarks">Ids of the bookmarks the run resumed or dropped.</param>
/// <param name="NewBookmarks">The bookmarks the run created.</param>
/// <param name="Journal">The run's journal entries as one row; null when it executed nothing.</param>
/// <param name="Commits">
/// True when nothing else is written in the run's transaction: the same round trip commits it, and the caller's
/// transaction object is left with nothing to do but be disposed.
/// </param>
public sealed record RunWrite(
    InstanceRecord Instance,
    bool IsNew,
    IReadOnlyCollection<string> RemovedBookmarks,
    IReadOnlyCollection<BookmarkRecord> NewBookmarks,
    JournalBatchRecord? Journal,
    bool Commits = false);
