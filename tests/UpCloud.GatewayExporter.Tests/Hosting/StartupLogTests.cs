using UpCloud.GatewayExporter.Tests.Support;

namespace UpCloud.GatewayExporter.Tests.Hosting;

public sealed class StartupLogTests
{
    [Fact]
    public async Task One_line_at_start_says_what_is_polled_and_where_and_one_after_the_first_poll_what_was_found()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3, options => options.ConnectionsPerGateway = 1);
        var down = cloud.Gateways[0].Connections[0].Tunnels[0];
        cloud.Fleet.SetTunnelState(down.Uuid, "idle");
        await using var exporter = await cloud.StartExporterAsync(bearer: true, extra: ["--UPCLOUD_GATEWAY_LABEL", "team", "--shard", "0/1"]);

        await exporter.WaitForPollsAsync(2);

        var start = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Information, "starting:"));
        Assert.Equal(
            $"upcloud-gateway-exporter {BuildVersion.Current} starting: API {cloud.Simulator.BaseAddress.AbsoluteUri} with one account, polling every 1s, "
            + $"exporting label team, metrics at /metrics on {exporter.BaseAddress.AbsoluteUri.TrimEnd('/')}",
            start);
        var first = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Information, "First poll"));
        // The plans, the list, three gateways' metrics and the audit log.
        Assert.Matches(@"^First poll took \d+\.\ds: 3 gateways, 6 tunnels, 5 of them established, 6 API requests$", first);
        Assert.DoesNotContain(TestCredentials.Token, exporter.Stdout, StringComparison.Ordinal);
    }
}
