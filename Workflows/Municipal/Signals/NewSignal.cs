namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>What filing a signal takes. Field names are those <see cref="SignalValidationException.Errors"/> uses.
/// </summary>
public sealed record NewSignal
{
    /// <summary>One of the configured categories (Open311's <c>service_code</c>).</summary>
    public required string CategoryCode { get; init; }

    public required string Description { get; init; }

    /// <summary>A map point; give both or neither. A point, an address, or both, are required.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Where the problem is, in words: the accessible alternative to a map.</summary>
    public string? Address { get; init; }

    /// <summary>A district code, when known; routes waste and playground signals to the district.</summary>
    public string? District { get; init; }

    /// <summary>Up to three photos, already stored in DocumentStore by the host.</summary>
    public IReadOnlyList<Guid> PhotoIds { get; init; } = [];

    /// <summary>Filed without a name. Registered and closed, not processed (art. 111(4)); no contact is kept.</summary>
    public bool Anonymous { get; init; }

    /// <summary>The sender's name; required unless anonymous.</summary>
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>A postal address for the response letter.</summary>
    public string? PostalAddress { get; init; }

    /// <summary>When the events happened; null when they still go on (today).</summary>
    public DateOnly? EventsOn { get; init; }

    /// <summary>The sender agrees that the description be published (it still is not when it looks personal).
    /// </summary>
    public bool ShareDescription { get; init; }

    /// <summary>"bg" (the default) or "en", for the sender's notifications.</summary>
    public string Language { get; init; } = "bg";

    public SignalChannel Channel { get; init; } = SignalChannel.Portal;

    /// <summary>The citizen's portal account, when they have one (filing it themselves, or known to the clerk).
    /// </summary>
    public string? OwnerAccountId { get; init; }

    /// <summary>The account that files it: the citizen's, or the staff member's who registers it for them.</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>
    /// The id its case is to have, when the caller chose one first (the portal files the photos under it before
    /// the signal exists); a new one when null. A second submission with the same id fails and saves nothing.
    /// </summary>
    public Guid? CaseId { get; init; }
}
