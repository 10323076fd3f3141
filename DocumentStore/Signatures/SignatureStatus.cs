namespace CaseSystem.DocumentStore.Signatures;

/// <summary>The three answers of a signature validation, as in ETSI EN 319 102-1.</summary>
public enum SignatureStatus
{
    /// <summary>The signature is intact, by a certificate trusted, valid and fit for signing when it signed.</summary>
    Valid,

    /// <summary>The signature is certainly not acceptable: the content changed, or the certificate was unfit.</summary>
    Invalid,

    /// <summary>Nothing proves it wrong, but not enough is known to accept it (for example an unknown root).</summary>
    Indeterminate,
}
