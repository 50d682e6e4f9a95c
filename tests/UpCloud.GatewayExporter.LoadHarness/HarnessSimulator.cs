using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The simulator the harness and the soak both start their runs with.</summary>
internal static class HarnessSimulator
{
    /// <summary>Starts a live simulated fleet of the options' shape and latency, on the wall clock, accepting only the test token.</summary>
    public static Task<UpCloudSimulator> StartAsync(HarnessOptions options, CancellationToken cancellationToken) =>
        UpCloudSimulator.StartAsync(new SimulatorOptions
        {
            Gateways = options.Gateways,
            ConnectionsPerGateway = options.ConnectionsPerGateway,
            TunnelsPerConnection = options.TunnelsPerConnection,
            NatNodesPerGateway = options.NatNodesPerGateway,
            Latency = TimeSpan.FromMilliseconds(options.LatencyMs),
            Token = TestCredentials.Token,
        }, cancellationToken);
}
