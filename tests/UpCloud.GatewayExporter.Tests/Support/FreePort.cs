using System.Net;
using System.Net.Sockets;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Finds a loopback port that is free right now, for a host that must be told its port up front.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
