namespace CaseSystem.Workflows.Engine.Definitions;

/// <summary>The text is not a workflow definition we can read; the message says where and why.</summary>
public sealed class DefinitionFormatException : Exception
{
    public DefinitionFormatException()
    {
    }

    public DefinitionFormatException(string message)
        : base(message)
    {
    }

    public DefinitionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
