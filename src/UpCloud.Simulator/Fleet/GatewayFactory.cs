namespace UpCloud.Simulator.Fleet;

/// <summary>Turns blueprints into gateways with seeded UUIDs, addresses, rates and an already-running history.</summary>
/// <remarks>
/// Longer than most files on purpose: every random draw of a gateway's making happens here, in one fixed order, so the
/// same seed always yields the same fleet; split across files, that order would be easy to break without noticing.
/// </remarks>
internal sealed class GatewayFactory(SimulatorOptions options)
{
    private static readonly string[] Zones = ["de-fra1", "fi-hel1", "fi-hel2", "nl-ams1", "se-sto1", "uk-lon1", "us-nyc1", "us-chi1", "sg-sin1", "pl-waw1"];
    private static readonly string[] Peers = ["aws-vpc", "azure-vnet", "office", "datacenter", "partner", "gcp-vpc"];
    private static readonly string[] Environments = ["prod", "staging", "dev"];
    private static readonly string[] Teams = ["netops", "platform", "security"];

    private readonly Random _random = new(options.Seed);
    private int _created;

    public GatewayBlueprint Generate(string? name)
    {
        var zone = Zones[_random.Next(Zones.Length)];
        string[] plans = options.NatNodesPerGateway >= 2 ? ["advanced", "production"] : ["standard", "development"];
        var connections = Enumerable.Range(1, options.ConnectionsPerGateway)
            .Select(i => new ConnectionBlueprint($"{Peers[_random.Next(Peers.Length)]}-{i}", options.TunnelsPerConnection))
            .ToList();
        KeyValuePair<string, string>[] labels =
        [
            new("env", Environments[_random.Next(Environments.Length)]),
            new("team", Teams[_random.Next(Teams.Length)]),
        ];
        return new GatewayBlueprint(
            name ?? $"gw-{_created + 1:D4}-{zone[3..]}", zone, plans[_random.Next(plans.Length)],
            ["nat", "vpn"], options.NatNodesPerGateway, connections, labels);
    }

    public SimGateway Create(GatewayBlueprint blueprint, DateTimeOffset now)
    {
        // A stale gateway is built as it was when its collector got stuck, so its frozen readings agree with their timestamps.
        if (blueprint.MetricsStaleFor is { } staleFor)
        {
            now -= staleFor;
        }

        // The variant slot is offset by the seed, so consecutive gateways cycle through all four variants.
        var slot = (int)((uint)(_created++ + options.Seed) % 4);
        var created = now - TimeSpan.FromSeconds(_random.Next(86_400, 400 * 86_400));
        var gateway = new SimGateway(new Random(_random.Next()))
        {
            Uuid = SimUuid.Next(_random),
            Name = blueprint.Name,
            Zone = blueprint.Zone,
            Plan = blueprint.Plan,
            Features = [.. blueprint.Features],
            RouterUuid = SimUuid.Next(_random),
            Wire = options.WireVariants ? WireVariant.ForSlot(slot) : new WireVariant(),
            Labels = [.. blueprint.Labels.Select(label => new SimLabel { Key = label.Key, Value = label.Value })],
            Addresses = [new SimAddress { Name = "public-ip-1", Address = PublicIp() }],
            CreatedAt = created,
            UpdatedAt = created + TimeSpan.FromSeconds(_random.Next(86_400)),
            AdvancedTo = now,
            MetricsFrozenAt = blueprint.MetricsStaleFor is null ? null : now,
        };
        if (options.WireVariants && slot % 2 == 1)
        {
            gateway.Addresses.Add(new SimAddress { Name = "public-ip-2" });
        }

        for (var i = 0; i < blueprint.Nodes; i++)
        {
            gateway.NatNodes.Add(CreateNode(gateway, $"node-{(char)('a' + i)}", now));
        }

        foreach (var connection in blueprint.Connections)
        {
            gateway.Connections.Add(CreateConnection(gateway, connection, now));
        }

        return gateway;
    }

    private static SimNatNode CreateNode(SimGateway gateway, string name, DateTimeOffset now)
    {
        var chance = gateway.Chance;
        var node = new SimNatNode
        {
            Name = name,
            CreatedAt = gateway.CreatedAt,
            StartedAt = now - TimeSpan.FromSeconds(chance.Next(86_400, 30 * 86_400)),
            AcceptedPerSecond = chance.Next(1, 25),
            RejectedPerSecond = chance.Next(1, 20) / 100.0,
            ActiveBaseline = chance.Next(20, 2000),
            SwayPhase = chance.NextDouble() * 2 * Math.PI,
            NextRestartAt = now + Negotiation.NodeUptime(gateway),
        };
        node.Accrue(node.StartedAt, now);
        node.Sway(now);
        return node;
    }

    private SimConnection CreateConnection(SimGateway gateway, ConnectionBlueprint blueprint, DateTimeOffset now)
    {
        var created = gateway.CreatedAt + TimeSpan.FromSeconds(_random.Next(3600));
        var connection = new SimConnection
        {
            Uuid = SimUuid.Next(_random),
            Name = blueprint.Name,
            LocalRoutes = [new SimRoute { Name = "local-1", StaticNetwork = $"10.{_random.Next(256)}.{_random.Next(256)}.0/24" }],
            RemoteRoutes = [new SimRoute { Name = "remote-1", StaticNetwork = $"192.168.{_random.Next(256)}.0/24" }],
            CreatedAt = created,
            UpdatedAt = created,
        };
        for (var i = 1; i <= blueprint.Tunnels; i++)
        {
            connection.Tunnels.Add(CreateTunnel(gateway, $"{blueprint.Name}-t{i}", created, now));
        }

        return connection;
    }

    private SimTunnel CreateTunnel(SimGateway gateway, string name, DateTimeOffset created, DateTimeOffset now)
    {
        var chance = gateway.Chance;
        var downEvents = chance.Next(4);
        var tunnel = new SimTunnel
        {
            Uuid = SimUuid.Next(_random),
            Name = name,
            LocalAddressName = "public-ip-1",
            RemoteAddress = $"203.0.113.{_random.Next(1, 255)}",
            TunnelId = ++gateway.LastTunnelId,
            ChildSaCount = chance.Next(5) == 0 ? 2 : 1,
            TunnelUp = gateway.Wire.NewerFields ? true : null,
            TunnelHealthy = gateway.Wire.NewerFields ? true : null,
            DownEvents = downEvents,
            UpEvents = downEvents + 1,
            LastDownMessage = downEvents > 0 ? Negotiation.DownMessage(chance) : null,
            LastDownMessageAt = downEvents > 0 ? now - TimeSpan.FromSeconds(chance.Next(3600, 30 * 86_400)) : null,
            // Each past outage lasted a few minutes, each leaving about a dozen failed attempts in the log.
            LogMessageBadEvents = downEvents * 12,
            NextFlapAt = now + Negotiation.UpTime(gateway),
            CreatedAt = created,
        };
        Negotiation.Establish(gateway, tunnel, now);
        var ikeSa = tunnel.IkeSa!;
        ikeSa.EstablishedAt = ikeSa.CreatedAt = now - TimeSpan.FromSeconds(chance.Next(3600, 48 * 3600));
        ikeSa.ChildSas.ForEach(childSa => Age(childSa, chance, now));
        tunnel.UpdatedAt = ikeSa.CreatedAt;

        // The last outage ended when the current IKE SA came up, so it cannot have started after that.
        if (tunnel.LastDownMessageAt > ikeSa.CreatedAt)
        {
            tunnel.LastDownMessageAt = ikeSa.CreatedAt - TimeSpan.FromMinutes(4);
        }
        return tunnel;
    }

    // A fresh fleet looks like it has been running: each child SA is somewhere inside its lifetime with matching counters.
    private static void Age(SimChildSa childSa, Random chance, DateTimeOffset now)
    {
        var (rekey, life) = (childSa.RekeyAt - childSa.InstalledAt, childSa.ExpiresAt - childSa.InstalledAt);
        childSa.InstalledAt = now - TimeSpan.FromSeconds(chance.NextInt64((long)rekey.TotalSeconds));
        childSa.RekeyAt = childSa.InstalledAt + rekey;
        childSa.ExpiresAt = childSa.InstalledAt + life;
        childSa.Accrue(childSa.InstalledAt, now);
    }

    private string PublicIp() => $"100.{_random.Next(64, 128)}.{_random.Next(256)}.{_random.Next(1, 255)}";
}
