namespace UpCloud.Simulator;

/// <summary>
/// The hand-made fleet behind <c>--demo</c>: realistic names, a NAT-only gateway near its plan's connection limit,
/// two tunnels that stay down for different reasons, a gateway whose metrics went stale, one tunnel with weak crypto and
/// a gateway its owner stopped on purpose.
/// </summary>
internal static class DemoFleet
{
    private const string StaleGateway = "lab-sto1";
    private const string LoadedGateway = "egress-ams1";
    private const string WeakTunnel = "office-berlin-t1";
    private const string StoppedGateway = "staging-waw1";

    public static IReadOnlyList<GatewayBlueprint> Blueprints { get; } =
    [
        new("hq-fra1", "de-fra1", "advanced", ["nat", "vpn"], 2,
            [new("aws-eu-central", 2), new("office-berlin", 2), new("partner-acme", 1)],
            [new("env", "prod"), new("site", "hq")]),
        new("branch-hel1", "fi-hel1", "production", ["nat", "vpn"], 2,
            [new("hq", 2)],
            [new("env", "prod"), new("site", "branch")]),
        new(StaleGateway, "se-sto1", "development", ["nat", "vpn"], 1,
            [new("home-lab", 1)],
            [new("env", "lab")],
            MetricsStaleFor: TimeSpan.FromMinutes(30)),
        new(LoadedGateway, "nl-ams1", "standard", ["nat"], 2,
            [],
            [new("env", "prod"), new("role", "egress")]),
        new(StoppedGateway, "pl-waw1", "production", ["nat", "vpn"], 0,
            [new("office-warsaw", 1)],
            [new("env", "staging")]),
    ];

    // Two tunnels never recover, each for its own reason and since its own time, so a demo dashboard always has something down to explain.
    private static readonly (string Tunnel, string State, string Message, TimeSpan DownFor)[] PinnedDown =
    [
        ("office-berlin-t2", TunnelStates.Connecting, "IKE_SA_INIT: NO_PROPOSAL_CHOSEN", TimeSpan.FromHours(3)),
        ("partner-acme-t1", TunnelStates.Idle, "peer not responding: DPD timeout", TimeSpan.FromHours(26)),
    ];

    public static void Stage(IReadOnlyList<SimGateway> gateways, List<SimPlan> plans, DateTimeOffset now)
    {
        foreach (var gateway in gateways)
        {
            foreach (var tunnel in gateway.Connections.SelectMany(connection => connection.Tunnels))
            {
                PinDown(gateway, tunnel, now);
                if (tunnel.Name == WeakTunnel)
                {
                    Weaken(tunnel);
                }
            }
        }

        Stop(gateways.First(g => g.Name == StoppedGateway), now - TimeSpan.FromDays(2));
        var loaded = gateways.First(g => g.Name == LoadedGateway);
        var limit = plans.First(p => p.Name == loaded.Plan).PerGatewayMaxConnections;
        var node = loaded.NatNodes[0];
        (node.ActiveBaseline, node.SwayAmplitude) = (0.94 * limit, 0.02);
        node.Sway(now);
    }

    private static void PinDown(SimGateway gateway, SimTunnel tunnel, DateTimeOffset now)
    {
        foreach (var (name, state, message, downFor) in PinnedDown)
        {
            if (tunnel.Name == name)
            {
                tunnel.Flaps = false;
                Negotiation.SetState(gateway, tunnel, state, now - downFor, message);
                tunnel.AccrueBadEvents(now - downFor, now);
            }
        }
    }

    // Stopped by its owner: UpCloud runs no node and no strongSwan for it, so its metrics list no node and no IKE SA,
    // while the list still shows its connection with the tunnel down.
    private static void Stop(SimGateway gateway, DateTimeOffset since)
    {
        (gateway.ConfiguredStatus, gateway.OperationalState, gateway.UpdatedAt) = ("stopped", "stopped", since);
        foreach (var tunnel in gateway.Connections.SelectMany(connection => connection.Tunnels))
        {
            tunnel.Flaps = false;
            Negotiation.SetState(gateway, tunnel, TunnelStates.Idle, since, "gateway stopped");
            tunnel.IkeSa = null;
        }
    }

    // An old office router: IKEv1, 3DES and SHA-1 offered first, MODP-1024 (group 2), MD5 in phase 2.
    private static void Weaken(SimTunnel tunnel)
    {
        tunnel.IkeVersion = 1;
        tunnel.Ipsec = new SimIpsec
        {
            Phase1Algorithms = ["3des", "aes128"],
            Phase1IntegrityAlgorithms = ["sha1"],
            Phase1DhGroupNumbers = [2, 14],
            Phase2Algorithms = ["3des", "aes128"],
            Phase2IntegrityAlgorithms = ["md5", "sha1"],
            Phase2DhGroupNumbers = [2, 14],
            RekeyTime = 28_800,
        };
    }
}
