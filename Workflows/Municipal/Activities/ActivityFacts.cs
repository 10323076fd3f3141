using CaseSystem.Workflows.Engine.Activities;
using CaseSystem.Workflows.Engine.Execution;
using CaseSystem.Workflows.Municipal.Cases;
using CaseSystem.Workflows.Municipal.Persistence;
using CaseSystem.Workflows.Municipal.Signals;
using CaseSystem.Workflows.Municipal.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseSystem.Workflows.Municipal.Activities;

/// <summary>
/// What municipal activities read while a run goes on: committed rows, on a connection of their own (the run's
/// writes wait for its commit as effects, so there is nothing newer to see). On SQLite the database is in WAL mode,
/// so this reader never waits for the run's write lock.
/// </summary>
public sealed class ActivityFacts(IServiceScopeFactory scopes)
{
    /// <summary>The signal and case a run is about.</summary>
    /// <exception cref="WorkflowFaultException">The instance is not a signal's.</exception>
    public async Task<(SignalRecord Signal, CaseRecord Case)> SignalAsync(Guid caseId,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var found = await SignalQueries.Joined(db).SingleOrDefaultAsync(x => x.Signal.Id == caseId, cancellationToken);
        return found is null
            ? throw new WorkflowFaultException($"Case {caseId} has no signal; this activity works on signal cases.")
            : (found.Signal, found.Case);
    }

    /// <summary>
    /// When the signal's decision term began: its last reopening (a reopened signal is decided anew), else its
    /// receipt.
    /// </summary>
    public async Task<DateTimeOffset> TermStartAsync(SignalRecord signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var reopenings = await db.StatusHistory.AsNoTracking()
            .Where(s => s.CaseId == signal.Id && s.Status == CaseStatus.Reopened)
            .Select(s => s.At)
            .ToListAsync(cancellationToken);
        return reopenings.Count == 0 ? signal.ReceivedAt : reopenings.Max();
    }

    /// <summary>The user names of a department's supervisors, from the host's directory; none without one.
    /// </summary>
    public async Task<IReadOnlyList<string>> SupervisorsAsync(string department, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetService<IDepartmentDirectory>();
        return directory is null ? [] : await directory.SupervisorsAsync(department, cancellationToken);
    }

    public async Task<IReadOnlyList<LikelyDuplicate>> DuplicatesAsync(SignalRecord signal,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MunicipalDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<SignalCatalogue>();
        var point = GeoPoint.Of(signal.Latitude, signal.Longitude);
        return await SignalQueries.LikelyDuplicatesAsync(db, catalogue, signal.CategoryCode, point, signal.Address,
            signal.Id, cancellationToken);
    }

    /// <summary>The case the activity works on: its <c>caseId</c> input, else the instance's correlation id.</summary>
    public static Guid CaseOf(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var given = context.HasInput("caseId") ? context.Get<string>("caseId") : null;
        var text = string.IsNullOrWhiteSpace(given) ? context.Instance.CorrelationId : given;
        return Guid.TryParse(text, out var id)
            ? id
            : throw new WorkflowFaultException(
                $"{context.Node.Node.Type} needs the case: start the workflow with the case id as its correlation id.");
    }

    /// <summary>An id only this execution of this activity makes, so a replayed run asks for the same one.</summary>
    public static Guid StableId(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bytes = System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(context.ActivityInstanceId));
        return new Guid(bytes.AsSpan(0, 16));
    }
}

/// <summary>Short-hands for the municipal activities' descriptors.</summary>
internal static class Describe
{
    public const string Category = "Municipal";

    public static InputDescriptor Input(string name, string typeName, string displayName, string description,
        string uiHint = UIHints.SingleLine, bool required = false, object? defaultValue = null,
        IReadOnlyList<string>? options = null) =>
        new(name, typeName, displayName, description)
        {
            UIHint = uiHint,
            IsRequired = required,
            DefaultValue = defaultValue,
            Options = options,
        };

    public static InputDescriptor CaseId() =>
        Input("caseId", "String", "Case", "The case's id; the instance's correlation id when empty.");

    public static OutputDescriptor Output(string name, string typeName, string displayName, string description) =>
        new(name, typeName, displayName, description);
}
