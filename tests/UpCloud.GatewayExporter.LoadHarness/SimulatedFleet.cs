using UpCloud.Simulator;
using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The simulator the harness and the soak both start their runs with.</summary>
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
}
