using System.Globalization;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Polling;
using UpCloud.Testing;

namespace UpCloud.GatewayExporter.Benchmarks;

/// <summary>
/// A poll snapshot built from API model objects, shaped like the load harness's fleet: connections × tunnels per
/// gateway, NAT nodes, one established IKE SA per tunnel with two child SAs and heuristic state.
/// </summary>
internal static class SyntheticFleet
{
    public static PollSnapshot Snapshot(int gateways, int connections = 2, int tunnels = 2, int natNodes = 2, long traffic = 0)
    {
        var observations = new GatewayObservation[gateways];
        for (var g = 0; g < gateways; g++)
        {
            var gateway = Gateway(g, connections, tunnels);
            observations[g] = new GatewayObservation(gateway, gateway.Connections!, null, Metrics(gateway, natNodes, traffic), null, TestClock.Start);
        }

        return new PollSnapshot(TestClock.Start, TimeSpan.FromSeconds(2.5), null, observations, [], []);
    }

    private static Gateway Gateway(int index, int connections, int tunnels) => new()
    {
        Uuid = Uuid(index, 0),
        Name = string.Create(CultureInfo.InvariantCulture, $"gw-{index:D5}"),
        Zone = "de-fra1",
        Plan = "advanced",
        Features = ["vpn", "nat"],
        OperationalState = "running",
        Addresses = [new GatewayAddress { Name = "public-ip-1", Address = string.Create(CultureInfo.InvariantCulture, $"100.64.{index / 250}.{index % 250}") }],
        Connections = Enumerable.Range(1, connections).Select(c => new GatewayConnection
        {
            Uuid = Uuid(index, c),
            Name = string.Create(CultureInfo.InvariantCulture, $"site-{c}"),
            Type = "ipsec",
            Tunnels = Enumerable.Range(1, tunnels).Select(t => new Tunnel
            {
                Uuid = Uuid(index, c * 100 + t),
                Name = string.Create(CultureInfo.InvariantCulture, $"site-{c}-t{t}"),
                OperationalState = "established",
                LocalAddress = new TunnelLocalAddress { Name = "public-ip-1" },
                RemoteAddress = new TunnelRemoteAddress { Address = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{t}") },
            }).ToList(),
        }).ToList(),
    };

    private static GatewayMetrics Metrics(Gateway gateway, int natNodes, long traffic) => new()
    {
        Nodes = Enumerable.Range(0, natNodes).Select(n => new NatNodeMetrics
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"node-{(char)('a' + n)}"),
            ActiveConnections = 120 + n,
            TotalAcceptedConnections = 1_000_000 + traffic,
            TotalRejectedSessions = 1_000 + traffic,
        }).ToList(),
        Ipsec = new IpsecMetrics
        {
            IkeSas = gateway.Connections!.SelectMany(c => c.Tunnels!.Select(t => new IkeSa
            {
                Name = $"{c.Name}/{t.Name}",
                UniqueId = "1",
                OperationalState = "established",
                InternalState = "established",
                Established = 3600,
                HeuristicState = new HeuristicState { TunnelUp = true, TunnelHealthy = true, UpEvents = 3, DownEvents = 2 },
                ChildSas =
                [
                    new ChildSa { UniqueId = "10", State = "installed", BytesIn = 123_456_789 + traffic, BytesOut = 98_765_432 + traffic, PacketsIn = 123_456 + traffic, PacketsOut = 98_765 + traffic },
                    new ChildSa { UniqueId = "11", State = "installed", BytesIn = 1_234 + traffic, BytesOut = 4_321 + traffic, PacketsIn = 12 + traffic, PacketsOut = 43 + traffic },
                ],
            })).ToList(),
        },
    };

    private static string Uuid(int gateway, int part) =>
        string.Create(CultureInfo.InvariantCulture, $"0a{gateway:x6}-{part:x4}-4000-8000-{gateway * 7919L + part:x12}");
}
