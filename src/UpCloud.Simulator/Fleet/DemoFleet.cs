namespace UpCloud.Simulator;

/// <summary>The hand-made fleet behind <c>--demo</c>: realistic names, a NAT-only gateway and tunnels that stay down.</summary>
internal static class DemoFleet
{
    private const string PinnedConnecting = "office-berlin-t2";
    private const string PinnedIdle = "partner-acme-t1";

    public static IReadOnlyList<GatewayBlueprint> Blueprints { get; } =
    [
        new("hq-fra1", "de-fra1", "advanced", ["nat", "vpn"], 2,
            [new("aws-eu-central", 2), new("office-berlin", 2), new("partner-acme", 1)],
            [new("env", "prod"), new("site", "hq")]),
        new("branch-hel1", "fi-hel1", "production", ["nat", "vpn"], 2,
            [new("hq", 2)],
            [new("env", "prod"), new("site", "branch")]),
        new("lab-sto1", "se-sto1", "development", ["nat", "vpn"], 1,
            [new("home-lab", 1)],
            [new("env", "lab")]),
        new("egress-ams1", "nl-ams1", "standard", ["nat"], 1,
            [],
            [new("env", "prod"), new("role", "egress")]),
    ];

    // Two tunnels never recover, so a demo dashboard always has something down to show.
    public static void PinDownTunnels(IEnumerable<SimGateway> gateways, DateTimeOffset now)
    {
        foreach (var gateway in gateways)
        {
            foreach (var tunnel in gateway.Connections.SelectMany(connection => connection.Tunnels))
            {
                var state = tunnel.Name switch
                {
                    PinnedConnecting => TunnelStates.Connecting,
                    PinnedIdle => TunnelStates.Idle,
                    _ => null,
                };
                if (state is not null)
                {
                    tunnel.Flaps = false;
                    Negotiation.SetState(gateway, tunnel, state, now, "peer not responding");
                }
            }
        }
    }
}
