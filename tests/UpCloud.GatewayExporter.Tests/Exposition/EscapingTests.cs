using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Exposition;

public sealed class EscapingTests
{
    private const string TunnelName = "tun \"α\"\\β\nγ";
    private const string ConnectionName = "büro-zürich";

    [Fact]
    public async Task Names_with_quotes_backslashes_newlines_and_non_ASCII_letters_are_escaped_and_read_back_exactly()
    {
        var (raw, gateway, connection, tunnel) = await ScrapeOddlyNamedTunnelAsync();
        var text = ExpositionText.Parse(raw);

        Assert.Contains("connection=\"büro-zürich\",tunnel=\"tun \\\"α\\\"\\\\β\\nγ\"", raw, StringComparison.Ordinal);
        var info = Assert.Single(text.Where(TunnelInfo, SeriesOf.Tunnel(gateway, connection, tunnel)));
        Assert.Equal(TunnelName, info["tunnel"]);
        Assert.Equal(ConnectionName, info["connection"]);
        ExpositionAssert.Exported(text, gateway);
    }

    [RequiresToolFact("promtool")]
    public async Task Promtool_check_metrics_accepts_the_escaped_names()
    {
        var (raw, _, _, _) = await ScrapeOddlyNamedTunnelAsync();

        await Promtool.AssertAcceptsAsync(raw);
    }

    private static async Task<(string Raw, SimGateway Gateway, SimConnection Connection, SimTunnel Tunnel)> ScrapeOddlyNamedTunnelAsync()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var gateway = cloud.Gateways[0];
        var connection = gateway.Connections[0];
        var tunnel = connection.Tunnels[0];
        cloud.Fleet.Update(() =>
        {
            connection.Name = ConnectionName;
            tunnel.Name = TunnelName;
        });
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);
        return (await exporter.ScrapeTextAsync(), gateway, connection, tunnel);
    }
}
