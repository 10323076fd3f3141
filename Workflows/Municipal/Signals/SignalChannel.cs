namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>How a signal reached the municipality. Stored by name.</summary>
public enum SignalChannel
{
    /// <summary>The citizen filed it on the portal.</summary>
    Portal,

    /// <summary>Contact-centre staff took it by phone.</summary>
    Phone,

    /// <summary>Staff registered it at the counter.</summary>
    WalkIn,

    /// <summary>Staff registered it from an e-mail.</summary>
    Email,

    /// <summary>Through the Open311 API (a mobile app, another site).</summary>
    Open311,
}
