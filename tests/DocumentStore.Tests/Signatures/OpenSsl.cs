namespace CaseSystem.DocumentStore.Tests.Signatures;

/// <summary>The <c>openssl</c> command line: a CMS implementation we did not write.</summary>
internal static class OpenSsl
{
    public static (int Code, string Output) Run(params string[] args) => OutsideTools.Run("openssl", args);
}
