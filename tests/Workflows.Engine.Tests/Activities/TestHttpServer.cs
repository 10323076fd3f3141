using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CaseSystem.Workflows.Engine.Tests.Activities;

/// <summary>A real HTTP server on 127.0.0.1 that records each request and answers as the test says.</summary>
internal sealed class TestHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<ReceivedRequest, Reply> _reply;
    private readonly Task _serving;

    public TestHttpServer(Func<ReceivedRequest, Reply> reply)
    {
        _reply = reply;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    /// <summary>A port nothing listens on (a moment ago, at least).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var request = new ReceivedRequest(
                context.Request.HttpMethod,
                context.Request.Url?.AbsolutePath ?? "",
                await reader.ReadToEndAsync(),
                context.Request.ContentType,
                context.Request.Headers.AllKeys.Where(k => k is not null)
                    .ToDictionary(k => k!, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase));
            Requests.Enqueue(request);

            var reply = _reply(request);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType;
            context.Response.Headers["X-Test"] = "yes";
            var body = System.Text.Encoding.UTF8.GetBytes(reply.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}

internal sealed record ReceivedRequest(
    string Method,
    string Path,
    string Body,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers);

internal sealed record Reply(int Status, string ContentType, string Body);
