namespace CaseSystem.Host.Portal;

/// <summary>
/// A request as its citizen sees it: index, service, title, status and timeline, its documents, and what its
/// service adds. Nothing about the applicant (name, identifier, contacts): the access code alone opens it too.
/// </summary>
public sealed record RequestView(
    Guid Id,
    string RegistrationIndex,
    string ServiceName,
    string Title,
    string StatusLabel,
    DateTimeOffset CreatedAt,
    IReadOnlyList<RequestStep> Timeline,
    IReadOnlyList<RequestDocument> Documents,
    IReadOnlyList<RequestDetail> Details);

/// <summary>One citizen-visible status of the timeline, with the clerk's note for the citizen.</summary>
public sealed record RequestStep(string Label, string? Note, DateTimeOffset At);

/// <summary>A document of the request with the address that downloads its latest version.</summary>
public sealed record RequestDocument(string Name, string Url, long Size);
