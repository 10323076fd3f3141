using System.Net;
using System.Net.Sockets;

namespace CaseSystem.Tests.Shared;

/// <summary>Ports on 127.0.0.1 for servers a test starts, or for one that nothing answers on.</summary>
internal static class Ports
{
    /// <summary>A port nothing listens on now (the system's pick, released at once).</summary>
    public static int Unused()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
