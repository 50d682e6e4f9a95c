using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class ListFailureTests
{
    [Fact]
    public async Task While_the_gateway_list_fails_exporter_up_is_0_with_no_gateway_series_and_afterwards_all_is_back()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        var outage = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.Status, StatusCode = 503 });
        var down = await exporter.PollAfterChangeAsync();

        Assert.Equal(0, down.Value(ExporterUp));
        Assert.DoesNotContain(down.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
        Assert.NotEmpty(down.Where(ApiRequests, ("endpoint", RouteTemplates.Gateways), ("code", "503")));

        cloud.Simulator.Faults.Remove(outage);
        var back = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the gateway list was read again");

        Assert.Equal(cloud.Gateways.Count, back.Named(GatewayInfo).Count());
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(back, gateway));
    }
}
