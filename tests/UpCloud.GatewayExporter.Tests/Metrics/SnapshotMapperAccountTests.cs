using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperAccountTests
{
    private static readonly UpCloud.Api.Models.GatewayMetrics Traffic = Readings([Node("node-a", 1, 10, 1)], Sa("office/t1", 60, null, Child("1", 100)));

    [Fact]
    public void The_same_gateway_seen_by_two_accounts_gets_a_series_set_and_running_totals_per_account()
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));
        registry.Apply("prod", Snapshot(Observed(gateway, Traffic)));

        var text = registry.Apply("lab", Snapshot(Observed(gateway, Readings([Node("node-a", 1, 4, 0)]))));

        Assert.Equal(10, text.Value(NatAccepted, ("account", "prod"), ("gateway_uuid", "gw-1")));
        Assert.Equal(4, text.Value(NatAccepted, ("account", "lab"), ("gateway_uuid", "gw-1")));
        Assert.Equal(100, text.Value(ReceiveBytes, ("account", "prod"), ("tunnel", "t1")));
        Assert.Equal(0, text.Value(ReceiveBytes, ("account", "lab"), ("tunnel", "t1")));
        Assert.All(text.Samples.Where(s => s.Labels.ContainsKey("gateway_uuid")), s => Assert.Contains("account", s.Labels.Keys));
    }

    [Fact]
    public void An_account_whose_list_fails_withholds_only_its_own_series()
    {
        var registry = new MappedRegistry();
        registry.Apply("prod", Snapshot(Observed(Gateway("gw-1", "hq", Connection("office", Tunnel("t1"))), Traffic)));
        registry.Apply("lab", Snapshot(Observed(Gateway("gw-2", "lab"), Readings([]))));

        var text = registry.Apply("lab", FailedList());

        Assert.Equal(1, text.Value(ExporterUp, ("account", "prod")));
        Assert.Equal(0, text.Value(ExporterUp, ("account", "lab")));
        Assert.Equal(["gw-1"], text.Named(GatewayInfo).Select(s => s["gateway_uuid"]));
        Assert.Equal(1, text.Value(TunnelState, ("account", "prod"), ("tunnel", "t1"), ("state", "established")));
    }
}
