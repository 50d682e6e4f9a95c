using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class UnknownFieldFloodTests
{
    [Fact]
    public async Task A_flood_of_unknown_fields_in_every_answer_changes_nothing()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields });

        // A poll of flooded answers may outlast the usual one-second interval on a loaded machine, and its slow-poll
        // warning would hide what this asserts: that the flood itself is worth no warning.
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_POLL_INTERVAL", "30s"]);

        var text = await exporter.WaitUntilAsync(scrape => scrape.Value(ExporterUp) == 1, "the first poll read the fleet");

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(0, text.Value(RejectedGateways));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Warning));
    }
}
