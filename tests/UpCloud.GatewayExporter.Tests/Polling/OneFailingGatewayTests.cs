using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class OneFailingGatewayTests
{
    private const int Healthy = 100;

    [Theory]
    [InlineData(FaultKind.Status)]
    [InlineData(FaultKind.Hang)]
    [InlineData(FaultKind.MalformedJson)]
    [InlineData(FaultKind.TruncatedJson)]
    public async Task A_gateway_whose_metrics_call_fails_is_isolated_from_100_healthy_ones_and_resumes_its_counters(FaultKind kind)
    {
        await using var cloud = await SimulatedCloud.StartAsync(Healthy + 1, options => options.ConnectionsPerGateway = 1);
        var failing = cloud.Gateways[Healthy / 2];
        var healthy = cloud.Gateways.Where(g => g != failing).ToList();
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_MAX_CONCURRENCY", "16"]);
        var before = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");
        var exportedBefore = CounterReadings.FromExposition(before, [failing]);
        var modelBefore = CounterReadings.FromModel([failing]);

        // While the gateway cannot be read, traffic grows and one of its nodes restarts, so its NAT counters drop
        // upstream: totals forgotten during the failure would show as a drop when it ends.
        var fault = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = failing.Uuid, Kind = kind, StatusCode = 500 });
        cloud.Time.Advance(TimeSpan.FromMinutes(2));
        cloud.Fleet.Advance();
        cloud.Fleet.RestartNode(failing.Uuid, failing.NatNodes[0].Name);
        var during = await exporter.PollAfterChangeAsync();

        var labels = SeriesOf.Gateway(failing);
        Assert.Equal(1, during.Value(ExporterUp));
        Assert.Equal(0, during.Value(MetricsUp, labels));
        Assert.All(FromGatewayMetrics, metric => Assert.Empty(during.Where(metric, labels)));
        Assert.Equal(1, during.Value(GatewayInfo, labels));
        Assert.Equal(SeriesOf.Tunnels(failing).Count() * StateSet.Length, during.Where(TunnelState, labels).Count());
        Assert.Equal(Healthy, during.Named(MetricsUp).Count(s => s.Value == 1));
        Assert.All(healthy, gateway => ExpositionAssert.Exported(during, gateway));

        cloud.Simulator.Faults.Remove(fault);
        var recovered = await exporter.PollAfterChangeAsync();

        Assert.Equal(1, recovered.Value(MetricsUp, labels));
        var model = CounterReadings.FromModel([failing]);
        var exported = CounterReadings.FromExposition(recovered, [failing]);
        Assert.Contains(model.Keys, key => model[key] < modelBefore[key]);
        Assert.All(model.Keys, key => Assert.Equal(
            exportedBefore[key] + (model[key] >= modelBefore[key] ? model[key] - modelBefore[key] : model[key]), exported[key]));
        Assert.All(healthy, gateway => ExpositionAssert.Exported(recovered, gateway));

        var log = exporter.Stdout;
        Assert.NotEmpty(LogLines.At(log, LogLines.Warning, $"Gateway {failing.Name}: its NAT and IPsec series are withheld: GET /1.3/gateway/{failing.Uuid}/metrics failed"));
        Assert.Equal([$"Gateway {failing.Name} ({failing.Uuid}) is readable again"], LogLines.At(log, LogLines.Information, "is readable again"));
        Assert.All(healthy, gateway => Assert.DoesNotContain(gateway.Uuid, log, StringComparison.Ordinal));
    }
}
