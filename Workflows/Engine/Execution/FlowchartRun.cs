namespace CaseSystem.Workflows.Engine.Execution;

/// <summary>
/// One run of an instance: takes work from the queue, runs each activity, follows the outcomes it gives along
/// the flowchart's connections, counts tokens at joins, and completes each flowchart scope when nothing in it is
/// pending any more. The queue is first in, first out, so branches of a fork advance in connection order.
/// </summary>
// TODO: pool the per-run objects (this run, its context and result) and shrink JournalEntry to reach a tenth
// of the benchmark's floor (bench/README.md: 0.093 of it now); worth doing once the durable runtime's own
// costs are measured, since a commit per run dwarfs both.
internal sealed class FlowchartRun
{
    private readonly CompiledWorkflow _workflow;
    private readonly WorkflowInstance _instance;
    private readonly EngineServices _services;
    private readonly RunOptions _options;
    private readonly ActivityContext _context;
    private readonly RunResult _result;
    private readonly DateTimeOffset _startedAt;
    private readonly long _startedTimestamp;
    private bool _stopped;
    private int _steps;

    public FlowchartRun(CompiledWorkflow workflow, WorkflowInstance instance, EngineServices services,
        RunOptions options)
    {
        _workflow = workflow;
        _instance = instance;
        _services = services;
        _options = options;
        _result = new RunResult(instance);
        _context = new ActivityContext(workflow, instance, services, options, _result);

        // Journal times come from one clock reading plus the monotonic timer: cheaper than the clock per entry.
        _startedAt = services.Time.GetUtcNow();
        _startedTimestamp = services.Time.GetTimestamp();
        instance.Journal.EnsureCapacity(Math.Min(workflow.Nodes.Length + 1, 64));
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = WorkflowSubStatus.Executing;
    }

    public async ValueTask DrainAsync()
    {
        var cancellation = _options.CancellationToken;
        while (!_stopped && _instance.Scheduled.TryDequeue(out var item))
        {
            cancellation.ThrowIfCancellationRequested();

            var scope = _instance.Scopes[item.ScopeId];
            scope.Queued--;
            if (scope.IsCompleted)
            {
                continue;
            }

            if (++_steps > _services.Options.MaxStepsPerRun)
            {
                // Put the item back so a retry can carry on from here.
                Enqueue(item.NodeIndex, scope);
                Fault(_workflow.Nodes[item.NodeIndex], scope, 0, new WorkflowFaultException(
                    $"The run took more than {_services.Options.MaxStepsPerRun:N0} steps without blocking; " +
                    "check the flowchart for a loop that never waits or ends."));
                return;
            }

            var node = _workflow.Nodes[item.NodeIndex];
            if (node.BodyFlowchartIndex >= 0)
            {
                StartNestedFlowchart(node, scope);
                continue;
            }

            _context.Begin(node, scope.Id, _instance.NextActivityInstance++);
            try
            {
                await node.Activity.ExecuteAsync(_context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fault(node, scope, _context.ActivityInstance, e);
                continue;
            }

            Settle(scope);
        }
    }

    /// <summary>Runs an activity's resume path: a bookmark it left was hit, or its trigger started the run.</summary>
    public async ValueTask ResumeNodeAsync(int nodeIndex, ScopeState scope, object? input, long activityInstance)
    {
        var node = _workflow.Nodes[nodeIndex];
        _context.Begin(node, scope.Id, activityInstance);
        try
        {
            await node.Activity.ResumeAsync(_context, input);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fault(node, scope, activityInstance, e);
            return;
        }

        Settle(scope);
    }

    public void Enqueue(int nodeIndex, ScopeState scope)
    {
        _instance.Scheduled.Enqueue(new WorkItem(nodeIndex, scope.Id));
        scope.Queued++;
    }

    /// <summary>Sets the instance's status from what is left: finished, faulted, or suspended on bookmarks.</summary>
    public RunResult End()
    {
        var now = _services.Time.GetUtcNow();
        _instance.UpdatedAt = now;
        if (_instance.SubStatus == WorkflowSubStatus.Faulted)
        {
            _instance.Status = WorkflowStatus.Finished;
            _instance.FinishedAt = now;
        }
        else if (_instance.Scopes[0].IsCompleted || !_instance.Scopes[0].HasPendingWork)
        {
            if (_instance.HasBookmarks)
            {
                _instance.Bookmarks.Clear();
            }

            _instance.Status = WorkflowStatus.Finished;
            _instance.SubStatus = WorkflowSubStatus.Finished;
            _instance.FinishedAt = now;
        }
        else
        {
            _instance.Status = WorkflowStatus.Running;
            _instance.SubStatus = _instance.Scheduled.Count > 0
                ? WorkflowSubStatus.Pending
                : WorkflowSubStatus.Suspended;
        }

        return _result;
    }

    private void Settle(ScopeState scope)
    {
        var node = _context.Node;
        if (_context.FinishesWorkflow)
        {
            Journal(node, _context.ActivityInstance, JournalEventKind.Completed, _context.Outcomes);
            FinishEverything();
            return;
        }

        if (_context.IsCompleted || _context.BookmarksCreated == 0)
        {
            if (_context.BookmarksCreated > 0)
            {
                // A completed activity leaves no bookmark behind: nothing would ever count it as resumed.
                _instance.Bookmarks.RemoveAll(b => b.NodeIndex == node.Index && b.ScopeId == scope.Id);
            }

            var outcomes = _context.IsCompleted ? _context.Outcomes : [];
            Journal(node, _context.ActivityInstance, JournalEventKind.Completed, outcomes);
            if (_context.EndsFlowchart)
            {
                CompleteScope(scope, outcomes);
                return;
            }

            Route(node, scope, outcomes);
        }
        else
        {
            Journal(node, _context.ActivityInstance, JournalEventKind.Suspended, null);
            scope.Blocked++;
        }

        CheckDrained(scope);
    }

    private void Route(CompiledNode node, ScopeState scope, IReadOnlyList<string> outcomes)
    {
        foreach (var (port, connections) in node.Outbound)
        {
            if (!Contains(outcomes, port))
            {
                continue;
            }

            foreach (var connection in connections)
            {
                Deliver(connection, scope);
            }
        }
    }

    private void Deliver(int connectionIndex, ScopeState scope)
    {
        var target = _workflow.Nodes[_workflow.Connections[connectionIndex].Target];
        if (!target.IsJoin)
        {
            Enqueue(target.Index, scope);
            return;
        }

        var tokens = scope.JoinTokens ??= [];
        tokens[connectionIndex] = tokens.GetValueOrDefault(connectionIndex) + 1;
        TryFireJoin(target, scope, drained: false);
    }

    /// <summary>Schedules a join whose condition holds, consuming the tokens it waited for.</summary>
    /// <param name="join">The join node.</param>
    /// <param name="scope">The flowchart scope whose tokens count.</param>
    /// <param name="drained">
    /// True when the scope has nothing queued: only then can a branch be known to be dead, because no pending
    /// activity can reach it any more.
    /// </param>
    private bool TryFireJoin(CompiledNode join, ScopeState scope, bool drained)
    {
        var tokens = scope.JoinTokens;
        if (tokens is null)
        {
            return false;
        }

        int present = 0, missing = 0;
        foreach (var inbound in join.Inbound)
        {
            if (tokens.GetValueOrDefault(inbound) > 0)
            {
                present++;
            }
            else
            {
                missing++;
            }
        }

        if (present == 0)
        {
            return false;
        }

        var strict = join.JoinMode == FlowJoinMode.WaitAll
            && (_options.JoinMode ?? _workflow.JoinMode) == JoinMode.Token;
        if (join.JoinMode == FlowJoinMode.WaitAny)
        {
            foreach (var inbound in join.Inbound)
            {
                tokens.Remove(inbound);
            }

            CancelAncestors(join, scope);
        }
        else if (missing == 0 || (!strict && drained && MissingBranchesAreDead(join, scope, tokens)))
        {
            foreach (var inbound in join.Inbound)
            {
                switch (tokens.GetValueOrDefault(inbound))
                {
                    case 1:
                        tokens.Remove(inbound);
                        break;
                    case var count and > 1:
                        tokens[inbound] = count - 1;
                        break;
                }
            }
        }
        else
        {
            return false;
        }

        Enqueue(join.Index, scope);
        return true;
    }

    /// <summary>
    /// True when no pending activity of the scope can still reach an inbound connection without a token.
    /// </summary>
    private bool MissingBranchesAreDead(CompiledNode join, ScopeState scope, Dictionary<int, int> tokens)
    {
        var reachable = new bool[_workflow.Nodes.Length];
        var frontier = new Stack<int>();
        foreach (var bookmark in _instance.Bookmarks)
        {
            if (bookmark.ScopeId == scope.Id)
            {
                frontier.Push(bookmark.NodeIndex);
            }
        }

        foreach (var child in _instance.Scopes)
        {
            if (child.ParentScopeId == scope.Id && !child.IsCompleted)
            {
                frontier.Push(child.OwnerNodeIndex);
            }
        }

        while (frontier.TryPop(out var index))
        {
            if (reachable[index] || index == join.Index)
            {
                continue;
            }

            reachable[index] = true;
            foreach (var (_, connections) in _workflow.Nodes[index].Outbound)
            {
                foreach (var connection in connections)
                {
                    frontier.Push(_workflow.Connections[connection].Target);
                }
            }
        }

        foreach (var inbound in join.Inbound)
        {
            if (tokens.GetValueOrDefault(inbound) == 0 && reachable[_workflow.Connections[inbound].Source])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// When a scope has nothing queued: fire joins on dead branches, then complete it if nothing waits.
    /// </summary>
    public void CheckDrained(ScopeState scope)
    {
        if (scope.IsCompleted || scope.Queued > 0 || _stopped)
        {
            return;
        }

        if (scope.JoinTokens is { Count: > 0 })
        {
            var fired = false;
            foreach (var join in _workflow.Flowcharts[scope.FlowchartIndex].Joins)
            {
                fired |= TryFireJoin(_workflow.Nodes[join], scope, drained: true);
            }

            if (fired)
            {
                return;
            }
        }

        if (!scope.HasPendingWork)
        {
            CompleteScope(scope, ["Done"]);
        }
    }

    private void StartNestedFlowchart(CompiledNode node, ScopeState parent)
    {
        var child = new ScopeState
        {
            Id = _instance.Scopes.Count,
            FlowchartIndex = node.BodyFlowchartIndex,
            ParentScopeId = parent.Id,
            OwnerNodeIndex = node.Index,
            OwnerActivityInstance = _instance.NextActivityInstance++,
        };

        _instance.Scopes.Add(child);
        parent.ActiveChildren++;
        if (_workflow.Flowcharts[node.BodyFlowchartIndex].StartNodeIndex is var start and >= 0)
        {
            Enqueue(start, child);
        }

        CheckDrained(child);
    }

    private void CompleteScope(ScopeState scope, IReadOnlyList<string> outcomes)
    {
        CancelWithin(scope, keepScope: true);
        scope.IsCompleted = true;
        if (scope.ParentScopeId < 0)
        {
            foreach (var outcome in outcomes)
            {
                if (outcome != "Done")
                {
                    _instance.Outcomes.Add(outcome);
                }
            }

            return;
        }

        var parent = _instance.Scopes[scope.ParentScopeId];
        parent.ActiveChildren--;
        var owner = _workflow.Nodes[scope.OwnerNodeIndex];
        Journal(owner, scope.OwnerActivityInstance, JournalEventKind.Completed, outcomes);
        Route(owner, parent, outcomes);
        CheckDrained(parent);
    }

    /// <summary>
    /// Drops the queued work, bookmarks and nested scopes of a scope (End, Complete, Finish, WaitAny).
    /// </summary>
    private void CancelWithin(ScopeState scope, bool keepScope, bool[]? onlyNodes = null)
    {
        if (scope.Queued > 0)
        {
            var kept = new Queue<WorkItem>(_instance.Scheduled.Count);
            foreach (var item in _instance.Scheduled)
            {
                if (item.ScopeId == scope.Id && (onlyNodes is null || onlyNodes[item.NodeIndex]))
                {
                    scope.Queued--;
                }
                else
                {
                    kept.Enqueue(item);
                }
            }

            _instance.Scheduled.Clear();
            foreach (var item in kept)
            {
                _instance.Scheduled.Enqueue(item);
            }
        }

        if (scope.Blocked > 0)
        {
            var cancelled = new HashSet<string>(StringComparer.Ordinal);
            _instance.Bookmarks.RemoveAll(b =>
            {
                if (b.ScopeId != scope.Id || (onlyNodes is not null && !onlyNodes[b.NodeIndex]))
                {
                    return false;
                }

                if (cancelled.Add(b.ActivityInstanceId))
                {
                    var node = _workflow.Nodes[b.NodeIndex];
                    Journal(node, 0, JournalEventKind.Cancelled, null);
                }

                return true;
            });
            scope.Blocked -= cancelled.Count;
        }

        if (scope.ActiveChildren > 0)
        {
            foreach (var child in _instance.Scopes.ToArray())
            {
                if (child.ParentScopeId == scope.Id && !child.IsCompleted
                    && (onlyNodes is null || onlyNodes[child.OwnerNodeIndex]))
                {
                    CancelWithin(child, keepScope: false);
                    scope.ActiveChildren--;
                }
            }
        }

        if (!keepScope)
        {
            scope.IsCompleted = true;
        }
    }

    private void CancelAncestors(CompiledNode join, ScopeState scope)
    {
        if (join.Ancestors is { } ancestors)
        {
            CancelWithin(scope, keepScope: true, onlyNodes: ancestors);
        }
    }

    private void FinishEverything()
    {
        _instance.Scheduled.Clear();
        if (_instance.HasBookmarks)
        {
            _instance.Bookmarks.Clear();
        }

        foreach (var scope in _instance.Scopes)
        {
            scope.Queued = scope.Blocked = scope.ActiveChildren = 0;
            scope.IsCompleted = true;
        }

        _stopped = true;
    }

    private void Fault(CompiledNode node, ScopeState scope, long activityInstance, Exception error)
    {
        var fault = error as WorkflowFaultException;
        _instance.Incidents.Add(new Incident
        {
            ActivityId = node.Id,
            ActivityType = node.Node.Type,
            ActivityInstance = activityInstance,
            NodeIndex = node.Index,
            ScopeId = scope.Id,
            Message = error.Message,
            ExceptionType = (error.InnerException ?? error).GetType().FullName,
            Code = fault?.Code,
            Category = fault?.Category,
            Timestamp = _services.Time.GetUtcNow(),
        });
        Journal(node, activityInstance, JournalEventKind.Faulted, null, error.Message);

        if (_workflow.ContinuesOnIncident)
        {
            // The faulted activity gives no outcome; the rest of the flowchart carries on.
            CheckDrained(scope);
            return;
        }

        _instance.SubStatus = WorkflowSubStatus.Faulted;
        _stopped = true;
    }

    private void Journal(CompiledNode node, long activityInstance, JournalEventKind kind,
        IReadOnlyList<string>? outcomes, string? message = null) =>
        _instance.Journal.Add(new JournalEntry(
            _instance.NextJournalSequence++,
            node.Id,
            node.Node.Type,
            node.Node.Name,
            activityInstance,
            kind,
            _startedAt + _services.Time.GetElapsedTime(_startedTimestamp),
            outcomes,
            message));

    private static bool Contains(IReadOnlyList<string> outcomes, string port)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i], port, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
