using System.Collections.Concurrent;
using CaseSystem.Workflows.Engine;
using CaseSystem.Workflows.Engine.Definitions;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseSystem.Workflows.Runtime.Definitions;

/// <summary>
/// Every version of every definition. A definition has at most one latest and one published version; saving a
/// definition whose latest version is published starts a new draft version, and instances keep the version
/// they started on.
/// </summary>
public sealed class DefinitionStore(WorkflowEngine engine, WorkflowDbContextFactory databases, TimeProvider time)
{
    /// <summary>
    /// How long a host trusts its memory of which version is published. A publish on this host is seen at once;
    /// one on another host within this time.
    /// </summary>
    public static readonly TimeSpan PublishedCacheTime = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, CompiledWorkflow> _compiled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string VersionId, DateTimeOffset Until)> _published =
        new(StringComparer.Ordinal);

    // Every published trigger by hash: few, and changed only by a publish, so one read serves many stimuli.
    private volatile TriggerIndex? _triggers;

    /// <summary>Saves a definition as the latest version (a new one when the latest is published).</summary>
    public Task<WorkflowDefinition> SaveAsync(WorkflowDefinition model,
        CancellationToken cancellationToken = default) =>
        SaveAsync(model, newVersion: false, cancellationToken);

    private async Task<WorkflowDefinition> SaveAsync(WorkflowDefinition model, bool newVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);

        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(model.DefinitionId))
        {
            model.DefinitionId = NewId();
        }

        var latest = await db.Definitions.SingleOrDefaultAsync(
            d => d.DefinitionId == model.DefinitionId && d.IsLatest, cancellationToken);
        if (latest is null || latest.IsPublished || newVersion)
        {
            if (latest is not null)
            {
                latest.IsLatest = false;
                await db.SaveChangesAsync(cancellationToken);
            }

            model.Id = NewId();
            model.Version = (latest?.Version ?? 0) + 1;
            // Whole milliseconds: the column keeps no finer time on SQLite, and the JSON must say the same.
            var now = time.GetUtcNow();
            model.CreatedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
            model.IsLatest = true;
            model.IsPublished = false;
            db.Definitions.Add(ToRecord(model));
        }
        else
        {
            model.Id = latest.Id;
            model.Version = latest.Version;
            model.CreatedAt = latest.CreatedAt;
            model.IsLatest = true;
            model.IsPublished = false;
            latest.Name = model.Name;
            latest.Json = DefinitionWriter.WriteString(model, indented: false);
            _compiled.TryRemove(latest.Id, out _);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return model;
    }

    /// <summary>
    /// Publishes the latest version: it is validated first (every problem at once), then becomes the only
    /// published version, and its triggers replace the definition's earlier ones.
    /// </summary>
    /// <exception cref="Engine.Validation.WorkflowValidationException">The definition has problems.</exception>
    public async Task<PublishResult> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var latest = await db.Definitions.SingleOrDefaultAsync(
            d => d.DefinitionId == definitionId && d.IsLatest, cancellationToken)
            ?? throw new DefinitionNotFoundException(definitionId);

        var model = Read(latest);
        model.IsPublished = true;
        var workflow = engine.Compile(model);

        var previous = await db.Definitions
            .Where(d => d.DefinitionId == definitionId && d.IsPublished && d.Id != latest.Id)
            .ToListAsync(cancellationToken);
        foreach (var old in previous)
        {
            old.IsPublished = false;
            old.Json = Republished(old, false);
        }

        await db.SaveChangesAsync(cancellationToken);
        latest.IsPublished = true;
        latest.Json = DefinitionWriter.WriteString(model, indented: false);

        var removed = await db.Triggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken);
        db.Triggers.RemoveRange(removed);
        var triggers = IndexTriggers(workflow).ToList();
        db.Triggers.AddRange(triggers);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _compiled[latest.Id] = workflow;
        Forget(definitionId);
        return new PublishResult(model, triggers, removed);
    }

    /// <summary>Unpublishes the published version; its triggers stop starting instances.</summary>
    public async Task<PublishResult> RetractAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var published = await db.Definitions.SingleOrDefaultAsync(
            d => d.DefinitionId == definitionId && d.IsPublished, cancellationToken)
            ?? throw new DefinitionNotFoundException(definitionId, "has no published version to retract");

        published.IsPublished = false;
        published.Json = Republished(published, false);
        var removed = await db.Triggers.Where(t => t.DefinitionId == definitionId).ToListAsync(cancellationToken);
        db.Triggers.RemoveRange(removed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Forget(definitionId);
        return new PublishResult(Read(published), [], removed);
    }

    /// <summary>Makes an earlier version's content a new latest version, a draft; no version is overwritten.</summary>
    public async Task<WorkflowDefinition> RevertAsync(string definitionId, int version,
        CancellationToken cancellationToken = default)
    {
        var model = await FindAsync(definitionId, VersionOptions.Specific(version), cancellationToken)
            ?? throw new DefinitionNotFoundException(definitionId, $"has no version {version}");
        return await SaveAsync(model, newVersion: true, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Definitions.Where(d => d.DefinitionId == definitionId)
            .ExecuteDeleteAsync(cancellationToken);
        await db.Triggers.Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Forget(definitionId);
        return deleted > 0;
    }

    public async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions versionOptions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versionOptions);

        await using var db = databases.Create();
        var query = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        query = versionOptions.Kind switch
        {
            VersionKind.Published => query.Where(d => d.IsPublished),
            VersionKind.Specific => query.Where(d => d.Version == versionOptions.Version),
            _ => query.Where(d => d.IsLatest),
        };

        var record = await query.SingleOrDefaultAsync(cancellationToken);
        return record is null ? null : Read(record);
    }

    public async Task<WorkflowDefinition?> FindByVersionIdAsync(string id,
        CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var record = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return record is null ? null : Read(record);
    }

    public async Task<IReadOnlyList<DefinitionRecord>> VersionsAsync(string definitionId,
        CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        return await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderBy(d => d.Version)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The latest version of each definition, by name, a page at a time.</summary>
    public async Task<(IReadOnlyList<DefinitionRecord> Items, int Total)> ListAsync(int page, int pageSize,
        string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = databases.Create();
        var query = db.Definitions.AsNoTracking().Where(d => d.IsLatest);
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Where(d => d.Name != null && d.Name.Contains(search));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(d => d.Name).ThenBy(d => d.DefinitionId)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>The compiled workflow of a version, compiled once per process.</summary>
    public async Task<CompiledWorkflow> GetCompiledAsync(WorkflowDbContext db, string versionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        if (_compiled.TryGetValue(versionId, out var workflow))
        {
            return workflow;
        }

        var record = await db.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == versionId, cancellationToken)
            ?? throw new DefinitionNotFoundException(versionId, "has no stored version");
        return _compiled[versionId] = engine.Compile(Read(record));
    }

    /// <summary>The published triggers a stimulus with this hash starts; read again at most every second.</summary>
    public async Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string hash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var index = _triggers;
        if (index is null || index.Until < now)
        {
            await using var db = databases.Create();
            var all = await db.Triggers.AsNoTracking().ToListAsync(cancellationToken);
            index = new TriggerIndex(all.ToLookup(t => t.Hash, StringComparer.Ordinal), now + PublishedCacheTime);
            _triggers = index;
        }

        return index.ByHash[hash].ToList();
    }

    private void Forget(string definitionId)
    {
        _published.TryRemove(definitionId, out _);
        _triggers = null;
    }

    private sealed record TriggerIndex(ILookup<string, TriggerRecord> ByHash, DateTimeOffset Until);

    /// <summary>The published version's compiled workflow.</summary>
    public async Task<CompiledWorkflow> GetPublishedAsync(WorkflowDbContext db, string definitionId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        var now = time.GetUtcNow();
        if (!_published.TryGetValue(definitionId, out var known) || known.Until < now)
        {
            var id = await db.Definitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId && d.IsPublished)
                .Select(d => d.Id)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new DefinitionNotFoundException(definitionId, "has no published version");
            known = (id, now + PublishedCacheTime);
            _published[definitionId] = known;
        }

        return await GetCompiledAsync(db, known.VersionId, cancellationToken);
    }

    public WorkflowDefinition Read(DefinitionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var model = engine.Read(record.Json);
        model.Id = record.Id;
        model.DefinitionId = record.DefinitionId;
        model.Version = record.Version;
        model.IsLatest = record.IsLatest;
        model.IsPublished = record.IsPublished;
        return model;
    }

    private IEnumerable<TriggerRecord> IndexTriggers(CompiledWorkflow workflow)
    {
        foreach (var node in workflow.TriggerNodes)
        {
            var context = new TriggerContext(workflow, node, engine.Services);
            var index = 0;
            foreach (var payload in node.Activity.GetTriggerPayloads(context))
            {
                yield return new TriggerRecord
                {
                    Id = $"{workflow.Definition.Id}:{node.Id}:{index++}",
                    DefinitionId = workflow.Definition.DefinitionId,
                    DefinitionVersionId = workflow.Definition.Id,
                    ActivityId = node.Id,
                    Name = payload.Name,
                    Hash = payload.Hash,
                    Payload = payload.Json,
                };
            }
        }
    }

    private DefinitionRecord ToRecord(WorkflowDefinition model) => new()
    {
        Id = model.Id,
        DefinitionId = model.DefinitionId,
        Version = model.Version,
        Name = model.Name,
        IsLatest = model.IsLatest,
        IsPublished = model.IsPublished,
        CreatedAt = model.CreatedAt ?? time.GetUtcNow(),
        Json = DefinitionWriter.WriteString(model, indented: false),
    };

    private string Republished(DefinitionRecord record, bool published)
    {
        var model = Read(record);
        model.IsPublished = published;
        return DefinitionWriter.WriteString(model, indented: false);
    }

    private static string NewId() => Ids.New();
}

public enum VersionKind
{
    Latest,
    Published,
    Specific,
}

/// <summary>Which version of a definition to read: the latest, the published one, or a given number.</summary>
public sealed record VersionOptions(VersionKind Kind, int Version = 0)
{
    public static VersionOptions Latest { get; } = new(VersionKind.Latest);

    public static VersionOptions Published { get; } = new(VersionKind.Published);

    public static VersionOptions Specific(int version) => new(VersionKind.Specific, version);

    /// <summary>Reads Elsa's query value: <c>Latest</c>, <c>Published</c> or a version number.</summary>
    public static VersionOptions Parse(string? text) => text switch
    {
        null or "" => Latest,
        _ when text.Equals("Published", StringComparison.OrdinalIgnoreCase) => Published,
        _ when int.TryParse(text, out var version) => Specific(version),
        _ => Latest,
    };
}

public sealed record PublishResult(
    WorkflowDefinition Definition,
    IReadOnlyList<TriggerRecord> Triggers,
    IReadOnlyList<TriggerRecord> RemovedTriggers);

/// <summary>No definition (or no such version of it) exists.</summary>
public sealed class DefinitionNotFoundException : Exception
{
    public DefinitionNotFoundException()
    {
    }

    public DefinitionNotFoundException(string definitionId)
        : this(definitionId, "does not exist")
    {
    }

    public DefinitionNotFoundException(string definitionId, string what)
        : base($"The workflow definition '{definitionId}' {what}.")
    {
        DefinitionId = definitionId;
    }

    public DefinitionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? DefinitionId { get; }
}
