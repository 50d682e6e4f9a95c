using System.Net;
using System.Net.Sockets;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The simulator and the loopback port the harness and the soak both start their runs with.</summary>
internal static class SimulatedFleet
{
    /// <summary>Starts a live simulated fleet of the options' shape and latency, accepting only <paramref name="token"/>.</summary>
    public static Task<UpCloudSimulator> StartAsync(HarnessOptions options, string token, CancellationToken cancellationToken) =>
        UpCloudSimulator.StartAsync(new SimulatorOptions
        {
            Gateways = options.Gateways,
            ConnectionsPerGateway = options.ConnectionsPerGateway,
            TunnelsPerConnection = options.TunnelsPerConnection,
            NatNodesPerGateway = options.NatNodesPerGateway,
            Latency = TimeSpan.FromMilliseconds(options.LatencyMs),
            Token = token,
        }, cancellationToken);

    /// <summary>A loopback port free right now, for the exporter's <c>--urls</c>.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
