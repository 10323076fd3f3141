using System.Globalization;
using System.Text.Json.Nodes;
using CaseSystem.DocumentStore.Signatures;

namespace CaseSystem.Host.Documents;

/// <summary>
/// A signature's verification as JSON, the same for <c>documents verify</c> and the documents API: <c>status</c>
/// (valid, invalid or indeterminate), <c>reasons</c>, <c>signer</c> with <c>name</c> and <c>identifier</c>,
/// <c>signingTime</c> (the signer's claim), <c>timestamp</c> (the time an RFC 3161 timestamp proves, when one was
/// relied on), and <c>signatures</c>: each signature's own answer in the same fields (one entry for a file signed
/// once; for several, the file's status is the worst of theirs and its signer the first one).
/// </summary>
public static class SignatureReport
{
    /// <summary>The configuration key listing the PEM files of the certificate authorities the host trusts.</summary>
    public const string TrustAnchorsKey = "Signing:TrustAnchors";

    public static JsonObject ToJson(SignatureVerification result)
    {
        ArgumentNullException.ThrowIfNull(result);

        var json = One(result);
        json["signatures"] = new JsonArray([.. result.Each.Select(One)]);
        return json;
    }

    private static JsonObject One(SignatureVerification result) =>
        new()
        {
            ["status"] = result.Status.ToString().ToLowerInvariant(),
            ["reasons"] = new JsonArray([.. result.Reasons.Select(r => JsonValue.Create(r))]),
            ["signer"] = result.Signer is null
                ? null
                : new JsonObject
                {
                    ["name"] = result.Signer.Name,
                    ["identifier"] = result.Signer.Identifier,
                    ["organizationIdentifier"] = result.Signer.OrganizationIdentifier,
                },
            ["signingTime"] = result.SigningTime?.ToString("O", CultureInfo.InvariantCulture),
            ["timestamp"] = result.Timestamp?.ToString("O", CultureInfo.InvariantCulture),
        };

    /// <summary>The trust anchors named by <c>Signing:TrustAnchors</c> (PEM files, each one or more CA
    /// certificates); none when the setting is empty, so every signature is at best indeterminate.</summary>
    public static TrustAnchors TrustAnchorsFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var files = configuration.GetSection(TrustAnchorsKey).Get<string[]>() ?? [];
        return files.Length == 0 ? TrustAnchors.None : TrustAnchors.FromPemFiles(files);
    }
}
