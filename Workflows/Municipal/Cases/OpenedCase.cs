using CaseSystem.Workflows.Municipal.Registration;

namespace CaseSystem.Workflows.Municipal.Cases;

/// <summary>
/// A case just opened, its incoming register entry, and its access code: the only time the code is known in
/// clear, to be shown and sent to the applicant with the registration index.
/// </summary>
public sealed record OpenedCase(CaseRecord Case, RegisterEntryRecord RegisterEntry, string AccessCode);
