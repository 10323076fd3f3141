using CaseSystem.Workflows.Municipal.Cases;

namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>
/// A signal as anyone may see it (the public register, Open311): category, status, approximate place, dates, and
/// the description only when it may be published (<see cref="PublicText"/>). No name, contact, exact point,
/// house number, photo or note for the sender.
/// </summary>
public sealed record PublicSignal
{
    /// <summary>The signal's id (its case's), Open311's <c>service_request_id</c>.</summary>
    public required Guid Id { get; init; }

    public required string RegistrationIndex { get; init; }

    public required string CategoryCode { get; init; }

    public required string CategoryNameBg { get; init; }

    public required string CategoryNameEn { get; init; }

    public required CaseStatus Status { get; init; }

    /// <summary>Open311's open or closed: closed once fixed, closed, a duplicate or not the municipality's.</summary>
    public bool IsOpen => SignalQueries.IsOpen(Status);

    /// <summary>The point rounded to three decimals; null when only an address was given.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The street or quarter, without numbers.</summary>
    public string? Address { get; init; }

    public string? District { get; init; }

    public string? Description { get; init; }

    public required string Department { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the decision is due (Open311's <c>expected_datetime</c>).</summary>
    public DateTimeOffset? DecisionDueAt { get; init; }
}

/// <summary>An open signal like a new one: same category, near it or at the same address.</summary>
/// <param name="Signal">What the public may see of it.</param>
/// <param name="DistanceMetres">How far from the new one's point; null when the addresses matched.</param>
public sealed record LikelyDuplicate(PublicSignal Signal, double? DistanceMetres);

/// <summary>A signal with everything known about it, for its sender and for staff.</summary>
public sealed record SignalDetails(
    SignalRecord Signal, CaseRecord Case, IReadOnlyList<Guid> PhotoIds, IReadOnlyList<CaseStatusRecord> Timeline);

/// <summary>A signal just filed: its case with the index, and the access code, shown this once.</summary>
/// <param name="Signal">The signal as stored.</param>
/// <param name="Case">Its case, with the incoming registration index.</param>
/// <param name="AccessCode">For tracking without an account; shown and sent once, never stored in clear.</param>
/// <param name="LikelyDuplicates">Open signals like it, found before it was filed.</param>
/// <param name="WorkflowStarted">False when its workflow could not start yet; the loader starts it later
/// (<see cref="SignalService.StartPendingWorkflowsAsync"/>).</param>
public sealed record SubmittedSignal(
    SignalRecord Signal, CaseRecord Case, string AccessCode, IReadOnlyList<LikelyDuplicate> LikelyDuplicates,
    bool WorkflowStarted);

/// <summary>Filters of the public list and Open311's <c>GET requests</c>; every one given must hold.</summary>
public sealed record SignalQuery
{
    /// <summary>Open311's <c>service_code</c>: any of these categories.</summary>
    public IReadOnlyList<string>? CategoryCodes { get; init; }

    /// <summary>Open311's <c>service_request_id</c>: any of these signals.</summary>
    public IReadOnlyList<Guid>? Ids { get; init; }

    /// <summary>Open311's <c>status</c>: true for open, false for closed.</summary>
    public bool? Open { get; init; }

    /// <summary>Any of these citizen-visible statuses.</summary>
    public IReadOnlyList<CaseStatus>? Statuses { get; init; }

    /// <summary>Open311's <c>start_date</c>: received at or after.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Open311's <c>end_date</c>: received before.</summary>
    public DateTimeOffset? To { get; init; }

    public string? District { get; init; }

    public int Page { get; init; } = 1;

    /// <summary>At most <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 50;

    public const int MaxPageSize = 1000;
}

/// <summary>One page of signals, newest first, and how many match in all.</summary>
public sealed record SignalPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>Who follows a signal: a portal account, an e-mail address, or both.</summary>
public sealed record SignalFollower(string? AccountId, string? Email, string Language = "bg");

/// <summary>Who asks: a citizen by their account, or staff.</summary>
public sealed record SignalActor(string UserName, bool IsStaff);
