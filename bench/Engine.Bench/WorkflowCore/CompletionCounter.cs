namespace CaseSystem.Engine.Bench.WorkflowCore;

/// <summary>Counts instances WorkflowCore reports completed, and wakes the waiter when a batch is all done.</summary>
internal sealed class CompletionCounter
{
    private int _completed;
    private int _target = int.MaxValue;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Completed => Volatile.Read(ref _completed);

    public void Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _completed, 0);
        Volatile.Write(ref _target, count);
    }

    public void Signal()
    {
        if (Interlocked.Increment(ref _completed) == Volatile.Read(ref _target))
        {
            _done.TrySetResult();
        }
    }

    /// <summary>Waits for the batch; a batch that does not finish in time fails the measurement.</summary>
    public async Task WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(
                $"WorkflowCore completed {Completed} of {Volatile.Read(ref _target)} instances in {timeout}.", e);
        }
    }
}
