using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CaseSystem.Host.Documents;

/// <summary>Marks a page whose forms carry case documents: its requests may be as large as the documents API's.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TakesDocumentsAttribute : Attribute;

public static class RequestLimits
{
    /// <summary>
    /// Gives a request the body limit its endpoint declares before anything reads the body: a page that
    /// <see cref="TakesDocumentsAttribute"/> takes as much as the documents API (<c>Documents:MaxUploadBytes</c>),
    /// one with <c>[RequestSizeLimit]</c> what that says. A page's form is read for its antiforgery token before
    /// the page's own filters run, so the attribute as a filter comes too late for a body larger than the host's
    /// default (<c>Api:MaxRequestBodyBytes</c>).
    /// </summary>
    public static IApplicationBuilder UseEndpointRequestLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var metadata = context.GetEndpoint()?.Metadata;
            var documents = metadata?.GetMetadata<TakesDocumentsAttribute>() is not null;
            var declared = documents
                ? DocumentUploads.MaxRequestBytes(context.RequestServices.GetRequiredService<DocumentSettings>())
                : metadata?.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (documents && declared > new FormOptions().MultipartBodyLengthLimit)
            {
                // The form's own limit too, when the documents' is above its default.
                context.Features.Set<IFormFeature>(new FormFeature(context.Request,
                    new FormOptions { MultipartBodyLengthLimit = declared.Value }));
            }

            if (declared is { } bytes
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = bytes;
            }

            return next(context);
        });
}
