using UpCloud.Simulator.Fleet;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// Every NAT and tunnel traffic counter of some gateways, read from the fleet model or from an exposition, keyed by
/// metric and owner (a tunnel UUID, or <c>gateway UUID/node name</c>) so two readings can be compared series by series.
/// </summary>
internal sealed class CounterReadings
{
    private readonly Dictionary<(string Metric, string Owner), double> _values = [];

    public IEnumerable<(string Metric, string Owner)> Keys => _values.Keys;

    public double this[(string Metric, string Owner) key] => _values[key];

    public static string NodeOwner(SimGateway gateway, SimNatNode node) => $"{gateway.Uuid}/{node.Name}";

    public static CounterReadings FromModel(IEnumerable<SimGateway> gateways) =>
        Read(gateways, (metric, _, node) => ModelTraffic.Of(node, metric), (metric, _, _, tunnel) => ModelTraffic.Of(tunnel, metric));

    public static CounterReadings FromExposition(ExpositionText text, IEnumerable<SimGateway> gateways) =>
        Read(gateways,
            (metric, gateway, node) => text.Value(metric, SeriesOf.Node(gateway, node)),
            (metric, gateway, connection, tunnel) => text.Value(metric, SeriesOf.Tunnel(gateway, connection, tunnel)));

    private static CounterReadings Read(
        IEnumerable<SimGateway> gateways,
        Func<string, SimGateway, SimNatNode, double> node,
        Func<string, SimGateway, SimConnection, SimTunnel, double> tunnel)
    {
        var readings = new CounterReadings();
        foreach (var gateway in gateways)
        {
            foreach (var natNode in gateway.NatNodes)
            {
                foreach (var metric in ModelTraffic.NodeCounters)
                {
                    readings._values[(metric, NodeOwner(gateway, natNode))] = node(metric, gateway, natNode);
                }
            }

            foreach (var (connection, simTunnel) in SeriesOf.Tunnels(gateway))
            {
                foreach (var metric in ModelTraffic.TunnelCounters)
                {
                    readings._values[(metric, simTunnel.Uuid)] = tunnel(metric, gateway, connection, simTunnel);
                }
            }
        }

        return readings;
    }
}
