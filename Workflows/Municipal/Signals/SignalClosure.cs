namespace CaseSystem.Workflows.Municipal.Signals;

/// <summary>Why a signal's handling ended. Stored by name; texts in <see cref="SignalTexts"/>.</summary>
public enum SignalClosure
{
    /// <summary>The problem was fixed.</summary>
    Resolved,

    /// <summary>Examined and refused on its merits (no violation found, say).</summary>
    Rejected,

    /// <summary>Not processed: anonymous (Administrative Procedure Code, art. 111(4)).</summary>
    Anonymous,

    /// <summary>Not processed: about events more than two years old (art. 111(4)).</summary>
    OlderThanTwoYears,

    /// <summary>Another signal already reports it.</summary>
    Duplicate,

    /// <summary>Another authority handles it.</summary>
    NotMunicipalResponsibility,
}
