namespace CaseSystem.Host.Open311;

/// <summary>A request Open311 refuses: answered as <c>[{code, description}]</c> with the status it names.</summary>
public sealed class Open311Exception : Exception
{
    public Open311Exception()
    {
    }

    public Open311Exception(string message)
        : this(StatusCodes.Status400BadRequest, message)
    {
    }

    public Open311Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Descriptions = [message];
    }

    public Open311Exception(int status, params string[] descriptions)
        : base(string.Join(" ", descriptions))
    {
        Status = status;
        Descriptions = descriptions;
    }

    public int Status { get; } = StatusCodes.Status400BadRequest;

    public IReadOnlyList<string> Descriptions { get; } = [];
}
