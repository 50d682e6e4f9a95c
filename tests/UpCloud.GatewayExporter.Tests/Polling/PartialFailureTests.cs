using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class PartialFailureTests
{
    [Fact]
    public async Task A_failing_metrics_call_withholds_only_its_gateways_NAT_and_IPsec_series_and_its_counters_resume()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var failing = cloud.Gateways[0];
        var others = cloud.Gateways.Skip(1).ToList();
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        // A rekey and a node restart first, so the exporter's running totals differ from the raw upstream values:
        // totals that were forgotten during the failure would then show as a drop when it ends.
        cloud.Fleet.Rekey(failing.Connections[0].Tunnels[0].Uuid);
        cloud.Fleet.RestartNode(failing.Uuid, failing.NatNodes[0].Name);
        cloud.Time.Advance(TimeSpan.FromMinutes(2));
        cloud.Fleet.Advance();
        var beforeFailure = await exporter.PollAfterChangeAsync();
        var exportedBefore = CounterReadings.FromExposition(beforeFailure, [failing]);
        var modelBefore = CounterReadings.FromModel([failing]);
        Assert.Contains(modelBefore.Keys, key => exportedBefore[key] > modelBefore[key]);

        var serverError = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = failing.Uuid, Kind = FaultKind.Status, StatusCode = 500 });
        AssertOnlyFailingWithheld(await exporter.PollAfterChangeAsync(), failing, others);

        var malformed = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = failing.Uuid, Kind = FaultKind.MalformedJson });
        cloud.Simulator.Faults.Remove(serverError);
        AssertOnlyFailingWithheld(await exporter.PollAfterChangeAsync(), failing, others);

        cloud.Time.Advance(TimeSpan.FromMinutes(2));
        cloud.Fleet.Advance();
        cloud.Simulator.Faults.Remove(malformed);
        var recovered = await exporter.WaitUntilAsync(
            text => text.Value(MetricsUp, SeriesOf.Gateway(failing)) == 1, "the failing gateway's metrics were read again");

        var exported = CounterReadings.FromExposition(recovered, [failing]);
        var model = CounterReadings.FromModel([failing]);
        Assert.All(modelBefore.Keys, key => Assert.Equal(exportedBefore[key] + (model[key] - modelBefore[key]), exported[key]));
        Assert.All(others, gateway => ExpositionAssert.Exported(recovered, gateway));
    }

    private static void AssertOnlyFailingWithheld(ExpositionText text, SimGateway failing, IReadOnlyList<SimGateway> others)
    {
        var labels = SeriesOf.Gateway(failing);
        Assert.Equal(1, text.Value(ExporterUp));
        Assert.Equal(0, text.Value(MetricsUp, labels));
        Assert.All(FromGatewayMetrics, metric => Assert.Empty(text.Where(metric, labels)));
        Assert.Equal(1, text.Value(GatewayInfo, labels));
        Assert.Equal(SeriesOf.Tunnels(failing).Count(), text.Where(TunnelInfo, labels).Count());
        Assert.Equal(SeriesOf.Tunnels(failing).Count() * StateSet.Length, text.Where(TunnelState, labels).Count());
        Assert.All(others, gateway => ExpositionAssert.Exported(text, gateway));
    }
}
