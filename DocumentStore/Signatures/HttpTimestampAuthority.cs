using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace CaseSystem.DocumentStore.Signatures;

/// <summary>
/// A time-stamping authority over HTTP (RFC 3161, section 3.4): the request is POSTed as
/// <c>application/timestamp-query</c> and the reply read as <c>application/timestamp-reply</c>, then checked against
/// the request (imprint, nonce, the authority's signature).
/// </summary>
public sealed class HttpTimestampAuthority(HttpClient http, Uri url) : ITimestampAuthority
{
    private static readonly MediaTypeHeaderValue Query = new("application/timestamp-query");

    public async Task<Rfc3161TimestampToken> StampAsync(Rfc3161TimestampRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        using var body = new ByteArrayContent(request.Encode());
        body.Headers.ContentType = Query;
        byte[] reply;
        try
        {
            using var response = await http.PostAsync(url, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new TimestampException(
                    $"The time-stamping authority at {url} answered {(int)response.StatusCode} " +
                    $"{response.ReasonPhrase}; check Signing:TimestampUrl.");
            }

            reply = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TimestampException(
                $"The time-stamping authority at {url} could not be reached ({e.Message}); check Signing:TimestampUrl.",
                e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimestampException($"The time-stamping authority at {url} did not answer in time.", e);
        }

        try
        {
            return request.ProcessResponse(reply, out _);
        }
        catch (CryptographicException e)
        {
            throw new TimestampException(
                $"The time-stamping authority at {url} gave no usable timestamp: {e.Message}", e);
        }
    }
}
