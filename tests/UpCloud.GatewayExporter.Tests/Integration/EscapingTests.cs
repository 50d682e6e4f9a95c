using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Integration;

public sealed class EscapingTests
{
    private const string TunnelName = "tun \"α\"\\β\nγ";
    private const string ConnectionName = "büro-zürich";

    [RequiresToolFact("promtool")]
    public async Task Names_with_quotes_backslashes_newlines_and_non_ASCII_letters_are_escaped_and_read_back_exactly()
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

        var raw = await exporter.ScrapeTextAsync();
        var text = ExpositionText.Parse(raw);

        Assert.Contains("connection=\"büro-zürich\",tunnel=\"tun \\\"α\\\"\\\\β\\nγ\"", raw, StringComparison.Ordinal);
        var series = SeriesOf.Tunnel(gateway, connection, tunnel);
        Assert.Equal(TunnelName, text.Where(TunnelInfo, series).Single()["tunnel"]);
        Assert.Equal(ConnectionName, text.Where(TunnelInfo, series).Single()["connection"]);
        FleetAssert.TunnelExported(text, gateway, connection, tunnel);
        Assert.Equal(ModelTraffic.Of(tunnel, ReceiveBytes), text.Value(ReceiveBytes, series));
        Assert.Equal(ModelTraffic.Of(tunnel, TransmitPackets), text.Value(TransmitPackets, series));
        await Promtool.AssertAcceptsAsync(raw);
    }
}
