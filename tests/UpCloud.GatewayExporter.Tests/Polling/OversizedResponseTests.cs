using System.Net;
using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class OversizedResponseTests
{
    private static readonly int ListCap = ResponseLimits.Default.GatewayListPage.MaxBytes;
    private static readonly int MetricsCap = ResponseLimits.Default.GatewayMetrics.MaxBytes;

    [Fact]
    public async Task A_gateway_list_far_over_the_cap_fails_its_poll_naming_the_cap_and_the_next_poll_reads_it_again()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        // The fault stays until a scrape has seen a failed poll: one failed poll lasts a second, which a loaded machine can miss.
        var fault = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.OversizedBody });
        var down = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 0, "the oversized list failed a poll");
        Assert.DoesNotContain(down.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
        cloud.Simulator.Faults.Remove(fault);
        var back = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the next poll read the list again");

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(back, gateway));
        var error = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Error));
        Assert.EndsWith($"GET {UpCloudRoutes.Gateways} failed: the response body exceeded the {ListCap}-byte cap", error, StringComparison.Ordinal);
        await AssertServingAsync(exporter);
    }

    [Fact]
    public async Task A_gateway_metrics_body_larger_than_the_cap_withholds_only_that_gateway_and_the_error_names_the_cap()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var oversized = cloud.Gateways[1];
        var others = cloud.Gateways.Where(g => g != oversized).ToList();
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        // An object the metrics parser accepts up to the padding, so only the cap can stop the read, streamed without a length.
        var body = $$"""{"gateways":[],"ipsec_metrics":{"ike_sas":[]},"padding":"{{new string('x', MetricsCap)}}"}""";
        var fault = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = oversized.Uuid, Kind = FaultKind.CustomBody, Body = body });
        var during = await exporter.PollAfterChangeAsync();

        var labels = SeriesOf.Gateway(oversized);
        Assert.Equal(1, during.Value(ExporterUp));
        Assert.Equal(0, during.Value(MetricsUp, labels));
        Assert.All(FromGatewayMetrics, metric => Assert.Empty(during.Where(metric, labels)));
        Assert.All(others, gateway => ExpositionAssert.Exported(during, gateway));
        var warning = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, oversized.Uuid));
        Assert.EndsWith($"GET /1.3/gateway/{oversized.Uuid}/metrics failed: the response body exceeded the {MetricsCap}-byte cap", warning, StringComparison.Ordinal);
        await AssertServingAsync(exporter);

        cloud.Simulator.Faults.Remove(fault);
        var recovered = await exporter.PollAfterChangeAsync();
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(recovered, gateway));
    }

    private static async Task AssertServingAsync(RunningExporter exporter)
    {
        using var health = await exporter.Http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var polls = (await exporter.ScrapeAsync()).Value(RunningExporter.Polls);
        await exporter.WaitForPollsAsync((int)polls + 1);
    }
}
