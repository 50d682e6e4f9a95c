using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperLifecycleTests
{
    private static readonly UpCloud.Api.Models.GatewayMetrics Traffic = Readings(
        [Node("node-a", 1, 10, 1)],
        Sa("office/t1", 60, Heuristic(true, true, 1, 0), Child("1", 100)),
        Sa("office/t2", 60, Heuristic(true, true, 1, 0), Child("2", 100)),
        Sa("lab/t3", 60, Heuristic(true, true, 1, 0), Child("3", 100)));

    private static UpCloud.Api.Models.Gateway Hq(params UpCloud.Api.Models.GatewayConnection[] connections) => Gateway("gw-1", "hq", connections);

    [Fact]
    public void A_deleted_tunnel_loses_every_series_by_the_next_poll()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"), Tunnel("t2"))), Traffic)));

        var text = registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), Traffic)));

        Assert.DoesNotContain(text.Samples, s => s.Labels.TryGetValue("tunnel", out var t) && t == "t2");
        Assert.Contains(text.Samples, s => s.Labels.TryGetValue("tunnel", out var t) && t == "t1");
    }

    [Fact]
    public void A_deleted_connection_loses_every_series_of_its_tunnels()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1")), Connection("lab", Tunnel("t3"))), Traffic)));

        var text = registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), Traffic)));

        Assert.DoesNotContain(text.Samples, s => s.Labels.TryGetValue("connection", out var c) && c == "lab");
        Assert.Equal(1, text.Value("upcloud_gateway_tunnel_info", ("connection", "office")));
    }

    [Fact]
    public void A_deleted_gateway_loses_every_series_by_the_next_poll()
    {
        var registry = new MappedRegistry();
        var other = Gateway("gw-2", "branch");
        registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), Traffic), Observed(other, Readings([]))));

        var without = registry.Apply(Snapshot(Observed(other, Readings([]))));
        Assert.DoesNotContain(without.Samples, s => s.Labels.TryGetValue("gateway_uuid", out var g) && g == "gw-1");
        Assert.Equal(1, without.Value("upcloud_gateway_info", ("gateway_uuid", "gw-2")));
    }

    [Fact]
    public void A_failed_gateway_list_sets_exporter_up_to_0_and_withholds_every_resource_series()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), Traffic)));

        var text = registry.Apply(FailedList());

        Assert.Equal(0, text.Value("upcloud_gateway_exporter_up"));
        Assert.DoesNotContain(text.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
        Assert.Equal(1, text.Value("upcloud_gateway_exporter_poll_failures_total"));
        Assert.Equal(TestClock.Start.ToUnixTimeMilliseconds() / 1000.0 + 0.25, text.Value("upcloud_gateway_exporter_last_poll_success_timestamp_seconds"));
    }

    [Fact]
    public void One_gateways_failed_metrics_call_withholds_only_its_NAT_and_IPsec_series()
    {
        var registry = new MappedRegistry();
        var branch = Gateway("gw-2", "branch", Connection("office", Tunnel("t1")));

        var text = registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), null), Observed(branch, Traffic)));

        Assert.Equal(0, text.Value("upcloud_gateway_metrics_up", ("gateway", "hq")));
        Assert.Equal(1, text.Value("upcloud_gateway_metrics_up", ("gateway", "branch")));
        Assert.Equal(1, text.Value("upcloud_gateway_exporter_up"));
        Assert.Equal(1, text.Value("upcloud_gateway_tunnel_state", ("gateway", "hq"), ("state", "established")));
        Assert.Equal(1, text.Value("upcloud_gateway_info", ("gateway", "hq")));
        string[] withheld = ["upcloud_gateway_nat_active_connections", "upcloud_gateway_nat_accepted_connections_total", "upcloud_gateway_ipsec_receive_bytes_total",
            "upcloud_gateway_ipsec_child_sas", "upcloud_gateway_tunnel_up", "upcloud_gateway_tunnel_up_events_total", "upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds"];
        foreach (var name in withheld)
        {
            Assert.Empty(text.Where(name, ("gateway", "hq")));
            Assert.NotEmpty(text.Where(name, ("gateway", "branch")));
        }
    }

    [Fact]
    public void IKE_SAs_join_tunnels_by_connection_and_tunnel_name_and_unmatched_ones_are_logged_once_at_debug()
    {
        var logger = new ListLogger<UpCloud.GatewayExporter.Metrics.SnapshotMapper>();
        var registry = new MappedRegistry(logger);
        var metrics = Readings([], Sa("office/t1", 60, null, Child("1", 111)), Sa("office/ghost", 60, null, Child("9", 999)));

        var text = registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), metrics)));
        registry.Apply(Snapshot(Observed(Hq(Connection("office", Tunnel("t1"))), metrics)));

        Assert.Equal(111, text.Value("upcloud_gateway_ipsec_receive_bytes_total", ("connection", "office"), ("tunnel", "t1")));
        Assert.DoesNotContain(text.Samples, s => s.Value == 999);
        var logged = Assert.Single(logger.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, logged.Level);
        Assert.Contains("office/ghost", logged.Message, StringComparison.Ordinal);
    }
}
