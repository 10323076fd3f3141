namespace CaseSystem.Workflows.Municipal.Registration;

/// <summary>Whether a registered document came to the municipality or was sent by it.</summary>
public enum RegisterDirection
{
    Incoming,
    Outgoing,
}
