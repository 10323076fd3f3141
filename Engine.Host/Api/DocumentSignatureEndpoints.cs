using System.Security.Claims;
using CaseSystem.DocumentStore.Documents;
using CaseSystem.DocumentStore.Signatures;
using CaseSystem.DocumentStore.Storage;
using CaseSystem.Host.Cases;
using CaseSystem.Host.Documents;

namespace CaseSystem.Host.Api;

/// <summary>
/// A document's signature checked: a signed PDF on its own, any other document against its detached CMS signature
/// (a <c>.p7s</c> document of the same case), with the trust anchors of <c>Signing:TrustAnchors</c>.
/// </summary>
internal static partial class DocumentEndpoints
{
    // Verification holds the document in memory; larger ones are for `documents verify` on the command line.
    private const long MaxVerifiedBytes = 64L << 20;

    private static void MapSignatureEndpoints(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/signature", SignatureAsync).WithSummary(
            "Verify the signature of a signed PDF, or of any document against its .p7s (?detached=ID); "
            + "the latest version, or ?version=N");

    private static async Task<IResult> SignatureAsync(DocumentLibrary library, CaseAccess access,
        SignatureVerifier verifier, ClaimsPrincipal user, Guid id, int? version, Guid? detached,
        CancellationToken cancellationToken)
    {
        var document = await CheckedAsync(library, access, user, id, change: false, cancellationToken);
        var (signed, content) = await ReadAsync(library, id, version, cancellationToken);
        if (detached is not { } signatureId)
        {
            if (signed.MediaType != MediaTypes.Pdf)
            {
                throw new BadRequestException("The document carries no signature of its own",
                    $"Only a PDF carries its signature inside; this version is {signed.MediaType}. Give the id of "
                    + "its detached signature (a .p7s document of the same case) as ?detached=.");
            }

            return Results.Ok(SignatureReport.ToJson(verifier.VerifyPdf(content)));
        }

        var signatureDocument = await CheckedAsync(library, access, user, signatureId, change: false,
            cancellationToken);
        if (signatureDocument.CaseId != document.CaseId)
        {
            throw new BadRequestException("The signature belongs to another case",
                "Give as ?detached= the id of a .p7s document of the same case as the signed document.");
        }

        var (cms, signature) = await ReadAsync(library, signatureId, null, cancellationToken);
        if (cms.MediaType != MediaTypes.CmsSignature)
        {
            throw new BadRequestException("The detached document is not a signature",
                $"Its content is {cms.MediaType}; give as ?detached= the id of a .p7s document (a CMS signature).");
        }

        return Results.Ok(SignatureReport.ToJson(verifier.VerifyDetached(content, signature)));
    }

    private static async Task<(DocumentVersionRecord Version, byte[] Content)> ReadAsync(DocumentLibrary library,
        Guid id, int? number, CancellationToken cancellationToken)
    {
        var (version, stream) = await library.OpenAsync(id, number, null, cancellationToken);
        await using (stream)
        {
            if (version.Size > MaxVerifiedBytes)
            {
                throw new BadRequestException("The document is too large to verify here",
                    $"Documents up to {MaxVerifiedBytes >> 20} MiB are verified through the API; download this "
                    + "one and run `documents verify` on the host's command line.");
            }

            var content = new byte[version.Size];
            await stream.ReadExactlyAsync(content, cancellationToken);
            return (version, content);
        }
    }
}
