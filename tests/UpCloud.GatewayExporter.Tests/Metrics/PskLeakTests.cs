using System.Net.Http.Headers;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class PskLeakTests
{
    [Fact]
    public async Task A_PSK_the_API_should_never_return_reaches_neither_the_metrics_nor_the_logs()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        cloud.Fleet.Update(() =>
        {
            // Served embedded in the list and, for the second gateway, through the connections fallback.
            cloud.Gateways.SelectMany(SeriesOf.Tunnels).ToList().ForEach(pair => pair.Tunnel.Psk = TestCredentials.Psk);
            cloud.Gateways[1].EmbedConnections = false;
        });

        // Each route carrying the PSK answers half its body once, so the unreadable responses are reported in the log.
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.TruncatedJson, Times = 1 });
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Connections, Kind = FaultKind.TruncatedJson, Times = 1 });
        await using var exporter = await cloud.StartExporterAsync(extra: ["--EXPORTER_LOG_LEVEL", "debug"]);
        var text = await exporter.WaitUntilAsync(
            scrape => scrape.Value(ExporterUp) == 1 && scrape.Named(MetricsUp).Count(s => s.Value == 1) == 2 && scrape.Named(TunnelInfo).Count() == 8,
            "both gateways were read whole after the truncated answers");

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.DoesNotContain(TestCredentials.Psk, await exporter.ScrapeTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, await ScrapeOpenMetricsAsync(exporter), StringComparison.Ordinal);
        var log = exporter.Stdout + exporter.Stderr;
        Assert.Contains("Cannot read the gateway list", log, StringComparison.Ordinal);
        Assert.Contains($"Gateway {cloud.Gateways[1].Name}", log, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, log, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Password, log, StringComparison.Ordinal);
        Assert.Contains(TestCredentials.Psk, await ServedListAsync(cloud), StringComparison.Ordinal);
    }

    /// <summary>The gateway list as the simulator serves it, to show the canary really went over the wire.</summary>
    private static async Task<string> ServedListAsync(SimulatedCloud cloud)
    {
        using var http = new HttpClient { BaseAddress = cloud.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestCredentials.Token);
        return await http.GetStringAsync("1.3/gateway");
    }

    private static async Task<string> ScrapeOpenMetricsAsync(RunningExporter exporter)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/openmetrics-text"));
        using var response = await exporter.Http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
