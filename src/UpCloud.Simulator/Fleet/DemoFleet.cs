namespace UpCloud.Simulator.Fleet;

/// <summary>
/// The hand-made fleet behind <c>--demo</c>: realistic names, a NAT-only gateway near its plan's connection limit,
/// two tunnels that stay down for different reasons, a gateway whose metrics went stale, one tunnel with weak crypto,
/// a gateway its owner stopped on purpose, a one-way tunnel, an established tunnel without a child SA, a gateway with
/// more tunnels than its plan allows (lab-sto1, on development), and an audit log with a maintenance and changes.
/// </summary>
internal static class DemoFleet
{
    private const string StaleGateway = "lab-sto1";
    private const string LoadedGateway = "egress-ams1";
    private const string WeakTunnel = "office-berlin-t1";
    private const string StoppedGateway = "staging-waw1";
    private const string MaintainedGateway = "hq-fra1";
    private const string ChangedGateway = "branch-hel1";
    private static readonly TimeSpan MaintenanceEvery = TimeSpan.FromHours(2);

    // Established, but the peer sends nothing back; and established with no child SA: phase 2 never came up.
    private const string OneWayTunnel = "hq-t2";
    private const string NoChildSaTunnel = "aws-eu-central-t2";

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

    public static void Stage(IReadOnlyList<SimGateway> gateways, List<SimPlan> plans, SimAuditLog auditLog, DateTimeOffset now)
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

                if (tunnel.Name == OneWayTunnel)
                {
                    SilencePeer(tunnel);
                }

                if (tunnel.Name == NoChildSaTunnel)
                {
                    FailPhase2(tunnel);
                }
            }
        }

        Audit(gateways, auditLog, now);

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

    // The peer stopped answering: what the gateway sends still counts, while what it receives stays where it was.
    private static void SilencePeer(SimTunnel tunnel)
    {
        tunnel.Flaps = false;
        foreach (var childSa in tunnel.IkeSa!.ChildSas)
        {
            (childSa.BytesInPerSecond, childSa.PacketsInPerSecond) = (0, 0);
        }
    }

    // The IKE SA is up, but no child SA was ever negotiated, so no traffic can flow.
    private static void FailPhase2(SimTunnel tunnel)
    {
        tunnel.Flaps = false;
        tunnel.ChildSaCount = 0;
        tunnel.IkeSa!.ChildSas.Clear();
    }

    // A maintenance UpCloud started minutes ago and the update it made, both again every MaintenanceEvery so a demo left
    // running shows them again; a change from the API on another gateway; a tunnel added from the control panel hours
    // ago (why lab-sto1 is over its plan); and the stop of staging-waw1, two days ago and so outside the 24 hours an
    // exporter reads at start.
    private static void Audit(IReadOnlyList<SimGateway> gateways, SimAuditLog auditLog, DateTimeOffset now)
    {
        string Uuid(string name) => gateways.First(g => g.Name == name).Uuid;
        auditLog.Recur(Uuid(MaintainedGateway), "maintenance-start", "upcloud_internal", now - TimeSpan.FromMinutes(12), MaintenanceEvery);
        auditLog.Recur(Uuid(MaintainedGateway), "update", "upcloud_internal", now - TimeSpan.FromMinutes(9), MaintenanceEvery);
        auditLog.Record(Uuid(ChangedGateway), "update", "api", now - TimeSpan.FromMinutes(20));
        auditLog.Record(Uuid(StaleGateway), "update", "gui", now - TimeSpan.FromHours(5));
        auditLog.Record(Uuid(StoppedGateway), "stop", "gui", now - TimeSpan.FromDays(2));
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
