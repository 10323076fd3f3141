using System.Collections.Concurrent;
using System.Net;

namespace CaseSystem.DocumentStore.Tests.Storage;

/// <summary>
/// Sits between a store and s3rver and writes down every request. With <c>honourIfNoneMatch</c>, it answers a PUT
/// with <c>If-None-Match: *</c> to a key already written with 412 itself, as S3 and MinIO do and s3rver does not.
/// </summary>
internal sealed class HonouringHandler(bool honourIfNoneMatch) : DelegatingHandler(new HttpClientHandler())
{
    private readonly ConcurrentDictionary<string, bool> _written = new();

    public ConcurrentQueue<(HttpMethod Method, string? IfNoneMatch)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var condition = request.Headers.IfNoneMatch.Count == 0 ? null : request.Headers.IfNoneMatch.ToString();
        Requests.Enqueue((request.Method, condition));
        var key = request.RequestUri!.AbsolutePath;
        if (honourIfNoneMatch && request.Method == HttpMethod.Put && condition == "*" && _written.ContainsKey(key))
        {
            return new HttpResponseMessage(HttpStatusCode.PreconditionFailed) { RequestMessage = request };
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Put && response.IsSuccessStatusCode)
        {
            _written[key] = true;
        }

        return response;
    }
}
