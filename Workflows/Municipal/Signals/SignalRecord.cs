using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// A citizen's signal: what, where, since when, and how it is being handled. Its id is its case's (one case per
/// signal), which holds the registration index, the status, the department and the applicant's name, e-mail and
/// phone. Times are UTC.
/// </summary>
public sealed class SignalRecord
{
    /// <summary>The id of its <see cref="CaseRecord"/>.</summary>
    public Guid Id { get; set; }

    public required string CategoryCode { get; set; }

    public required string Description { get; set; }

    /// <summary>The map point (WGS 84 degrees); both or neither. An address may stand instead.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Where the problem is, as typed (a map alone is not accessible).</summary>
    public string? Address { get; set; }

    /// <summary>The address reduced for matching duplicates (see <see cref="SignalQueries.AddressKey"/>).</summary>
    public string? AddressKey { get; set; }

    /// <summary>The district's code, when the citizen or clerk chose one.</summary>
    public string? District { get; set; }

    /// <summary>Published without personal data, or null when the description stays private (see
    /// <see cref="PublicText"/>).</summary>
    public string? PublicDescription { get; set; }

    /// <summary>Filed without a name: not processed (art. 111(4)); no contact is kept.</summary>
    public bool Anonymous { get; set; }

    /// <summary>The sender's postal address, for the response letter.</summary>
    public string? PostalAddress { get; set; }

    /// <summary>"bg" or "en": the language of the sender's notifications.</summary>
    public string Language { get; set; } = "bg";

    /// <summary>When the reported events happened, for the two-year rule; null when they go on.</summary>
    public DateOnly? EventsOn { get; set; }

    public SignalChannel Channel { get; set; }

    /// <summary>The account that filed it: the citizen's, or the staff member's who took it for them.</summary>
    public required string SubmittedBy { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The department handling it now (also the case's).</summary>
    public required string Department { get; set; }

    /// <summary>The decision is due by then: two months from receipt, extendable up to six.</summary>
    public DateTimeOffset? DecisionDueAt { get; set; }

    public int Extensions { get; set; }

    /// <summary>When its workflow first ran; null while it waits to be started.</summary>
    public DateTimeOffset? WorkflowStartedAt { get; set; }

    /// <summary>When it was last fixed; the reopening window counts from here.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    public SignalClosure? Closure { get; set; }

    /// <summary>The signal this one repeats, when closed as a duplicate.</summary>
    public Guid? DuplicateOf { get; set; }

    /// <summary>Set when a reopening was asked for and the workflow has not yet taken it up.</summary>
    public DateTimeOffset? ReopenRequestedAt { get; set; }

    public string? ReopenReason { get; set; }

    public int Reopenings { get; set; }
}

/// <summary>One of a signal's photos (at most three), kept in DocumentStore under the signal's case.</summary>
public sealed class SignalPhotoRecord
{
    public Guid SignalId { get; set; }

    public int Position { get; set; }

    public Guid DocumentId { get; set; }
}

/// <summary>Someone who chose to follow a signal instead of filing it again; told of its status changes.</summary>
public sealed class SignalFollowerRecord
{
    public long Id { get; set; }

    public Guid SignalId { get; set; }

    /// <summary>The follower's portal account, or null for one known by e-mail only.</summary>
    public string? AccountId { get; set; }

    public string? Email { get; set; }

    public string Language { get; set; } = "bg";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An open signal found near a new one of the same category, for its reviewer to weigh.</summary>
public sealed class SignalDuplicateRecord
{
    public Guid SignalId { get; set; }

    public Guid CandidateId { get; set; }

    /// <summary>How far apart they are; null when they matched by address.</summary>
    public double? DistanceMetres { get; set; }

    public DateTimeOffset FoundAt { get; set; }
}
