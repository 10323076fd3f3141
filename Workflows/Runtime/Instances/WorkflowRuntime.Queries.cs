using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Instances;

public sealed partial class WorkflowRuntime
{
    public async Task<InstanceRecord?> FindInstanceAsync(string instanceId,
        CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        return await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
    }

    /// <summary>An instance's state, loaded against the version it runs on.</summary>
    public async Task<WorkflowInstance?> LoadInstanceAsync(string instanceId,
        CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var record = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var workflow = await Definitions.GetCompiledAsync(db, record.DefinitionVersionId, cancellationToken);
        return InstanceSerializer.Deserialize(workflow, record.State);
    }

    public async Task<(IReadOnlyList<InstanceRecord> Items, int Total)> ListInstancesAsync(InstanceFilter filter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);

        await using var db = databases.Create();
        var query = db.Instances.AsNoTracking();
        if (filter.DefinitionId is { } definitionId)
        {
            query = query.Where(i => i.DefinitionId == definitionId);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status.ToString());
        }

        if (filter.SubStatus is { } subStatus)
        {
            query = query.Where(i => i.SubStatus == subStatus.ToString());
        }

        if (filter.CorrelationId is { } correlationId)
        {
            query = query.Where(i => i.CorrelationId == correlationId);
        }

        if (!string.IsNullOrWhiteSpace(filter.SearchTerm))
        {
            query = query.Where(i =>
                (i.Name != null && i.Name.Contains(filter.SearchTerm)) || i.Id == filter.SearchTerm);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.OrderBy switch
        {
            InstanceOrder.UpdatedAt => query.OrderByDescending(i => i.UpdatedAt),
            InstanceOrder.FinishedAt => query.OrderByDescending(i => i.FinishedAt),
            _ => query.OrderByDescending(i => i.CreatedAt),
        };

        var items = await ordered.ThenBy(i => i.Id).Skip(filter.Page * filter.PageSize).Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>An instance's journal entries in order, a page at a time.</summary>
    public async Task<(IReadOnlyList<JournalRecord> Items, int Total)> JournalAsync(string instanceId, int page,
        int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var batches = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId)
            .OrderBy(j => j.FirstSequence)
            .ToListAsync(cancellationToken);
        var total = batches.Sum(b => (int)(b.LastSequence - b.FirstSequence + 1));
        var items = batches.SelectMany(InstanceMapper.Entries).Skip(page * pageSize).Take(pageSize).ToList();
        return (items, total);
    }

    /// <summary>Deletes an instance with its bookmarks, journal and incidents.</summary>
    public async Task<bool> DeleteInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockInstanceAsync(instanceId, cancellationToken);
        var jobs = await db.Bookmarks.Where(b => b.InstanceId == instanceId && b.JobId != null)
            .Select(b => b.JobId!).ToListAsync(cancellationToken);
        await db.Bookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Journal.Where(j => j.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        await db.Incidents.Where(i => i.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.Instances.Where(i => i.Id == instanceId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var job in jobs)
        {
            timers.Cancel(job);
        }

        return deleted > 0;
    }
}

public enum InstanceOrder
{
    CreatedAt,
    UpdatedAt,
    FinishedAt,
}

public sealed record InstanceFilter
{
    public string? DefinitionId { get; init; }

    public WorkflowStatus? Status { get; init; }

    public WorkflowSubStatus? SubStatus { get; init; }

    public string? CorrelationId { get; init; }

    public string? SearchTerm { get; init; }

    public InstanceOrder OrderBy { get; init; }

    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}
