namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>The last sequence given in a register and a year; written only by <see cref="SequenceAllocator"/>.
/// </summary>
public sealed class RegisterSequenceRecord
{
    public required string RegisterCode { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}
