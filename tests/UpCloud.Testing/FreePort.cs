using System.Net;
using System.Net.Sockets;

namespace UpCloud.Testing;

/// <summary>Finds a loopback port that is free right now, for a host or child process that must be told its port up front.</summary>
public static class FreePort
{
    /// <summary>A port nobody listens on at the moment of the call; a caller that loses it to a race picks again.</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
