using UpCloud.GatewayExporter.Tests.Support;

namespace UpCloud.GatewayExporter.Tests.Exposition;

public sealed class PromtoolTests
{
    [RequiresToolFact("promtool")]
    public async Task Promtool_check_metrics_accepts_a_scrape_of_a_whole_fleet()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 4);
        await using var exporter = await cloud.StartExporterAsync();
        await exporter.WaitForPollsAsync(1);

        var scrape = await exporter.ScrapeTextAsync();

        Assert.DoesNotContain("account=", scrape, StringComparison.Ordinal);
        await Promtool.AssertAcceptsAsync(scrape);
    }
}
