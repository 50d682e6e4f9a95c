using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class ExactValuesTests
{
    [Fact]
    public async Task Every_gateway_connection_tunnel_and_node_is_exported_with_exactly_the_values_the_API_holds()
    {
        // Four gateways cycle through every documented wire variant, so each shape of the JSON is read at least once.
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 4);
        await using var exporter = await cloud.StartExporterAsync();

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(1, text.Value(ExporterUp));
        Assert.Equal(1, Assert.Single(text.Named(BuildInfo)).Value);
        Assert.Matches(@"^\d+\.\d+\.\d+", Assert.Single(text.Named(BuildInfo))["version"]);
        Assert.Equal(cloud.Gateways.Select(g => g.Uuid).Order(), text.Named(GatewayInfo).Select(s => s["gateway_uuid"]).Order());
        Assert.Equal(cloud.Gateways.Sum(g => SeriesOf.Tunnels(g).Count()), text.Named(TunnelInfo).Count());
        Assert.Equal(cloud.Gateways.Sum(g => g.NatNodes.Count), text.Named(NatAccepted).Count());
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
    }

    [Fact]
    public async Task A_token_authenticates_as_well_as_a_user_and_password()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        await using var exporter = await cloud.StartExporterAsync(bearer: true);

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(1, text.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
    }
}
