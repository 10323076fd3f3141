using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CaseSystem.Host.Security;

namespace CaseSystem.Host.Tests.Support;

/// <summary>
/// The built host as a real child process on a loopback port, with its data in a given folder. Disposing it
/// kills the process tree, so no test leaves a host behind, even when it fails.
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue(ApiKeyAuthenticationHandler.SchemeName, ApiSecurityRegistration.DemoKey);
    }

    public Uri Address { get; }

    /// <summary>A client that sends the embedded default's API key.</summary>
    public HttpClient Client { get; }

    /// <summary>The last lines the host wrote, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the host on a free port and waits until it answers /health; it runs in its own folder
    /// unless <paramref name="workingDirectory"/> says where.</summary>
    public static async Task<HostProcess> StartAsync(string dataFolder, TimeSpan timeout,
        string? workingDirectory = null)
    {
        var dll = FindHostAssembly();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--data", dataFolder, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Logging__LogLevel__Default"] = "Warning",
                ["Runtime__StimulusGracePeriod"] = "00:00:01",
                ["Engine__Scripts__MaxStatements"] = "100000000",
            },
        };

        var host = new HostProcess(Process.Start(start)!, address);
        host._process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(timeout);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>Kills the host at once, as a power cut or an OOM kill would: no shutdown runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        finally
        {
            Client.Dispose();
            _process.Dispose();
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"The host did not answer /health within {timeout}:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Next to the tests (the project reference copies it), else in Engine.Host's own output.</summary>
    private static string FindHostAssembly()
    {
        const string name = "CaseSystem.Host.dll";
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var bin = Path.Combine(folder.FullName, "Engine.Host", "bin");
            if (Directory.Exists(bin)
                && Directory.GetFiles(bin, name, SearchOption.AllDirectories).FirstOrDefault() is { } built)
            {
                return built;
            }
        }

        throw new FileNotFoundException($"{name} is neither next to the tests nor in Engine.Host/bin; build it first.");
    }
}
