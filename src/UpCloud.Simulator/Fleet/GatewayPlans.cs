namespace UpCloud.Simulator.Fleet;

/// <summary>The plan table UpCloud served in its newest recorded <c>GET /1.3/gateway/plans</c> (2024-06), in its order.</summary>
internal static class GatewayPlans
{
    // A fresh list of fresh objects each time, so a test that edits one fleet's table leaves every other fleet alone.
    public static List<SimPlan> Recorded() =>
    [
        Plan("advanced", 1000, 250_000, 500, 2, ["nat", "vpn"], 10),
        Plan("development", 500, 10_000, 0, 1, ["nat"], 0),
        Plan("production", 1000, 100_000, 300, 2, ["nat", "vpn"], 2),
        Plan("standard", 500, 100_000, 0, 2, ["nat"], 0),
    ];

    private static SimPlan Plan(string name, int bandwidth, long connections, int vpnBandwidth, int servers, List<string> features, int tunnels) => new()
    {
        Name = name,
        PerGatewayBandwidthMbps = bandwidth,
        PerGatewayMaxConnections = connections,
        PerGatewayMaximumVpnBandwidthMbps = vpnBandwidth,
        ServerNumber = servers,
        SupportedFeatures = features,
        VpnTunnelAmount = tunnels,
    };
}
