using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class PlansOutageTests
{
    [Fact]
    public async Task Plans_that_cannot_be_read_withhold_only_the_capacity_series_say_so_once_and_come_back_with_the_plans()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        var outage = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Plans, Kind = FaultKind.Status, StatusCode = 403 });
        await using var exporter = await cloud.StartExporterAsync();

        var during = await exporter.WaitForPollsAsync(3);

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(during, gateway));
        Assert.Empty(during.Named(PlanNatMaxConnections));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, "Cannot read the gateway plans"), line => line.Contains("HTTP 403", StringComparison.Ordinal));

        cloud.Simulator.Faults.Remove(outage);
        var after = await exporter.WaitUntilAsync(text => text.Named(PlanNatMaxConnections).Any(), "the plans were read");

        Assert.All(cloud.Gateways, gateway => Assert.Equal(gateway.NatNodes.Count, after.Where(PlanNatMaxConnections, SeriesOf.Gateway(gateway)).Count()));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Information, "Can read the gateway plans again"));
    }
}
