using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperCounterTests
{
    private const string ReceiveBytes = "upcloud_gateway_ipsec_receive_bytes_total";
    private const string TransmitPackets = "upcloud_gateway_ipsec_transmit_packets_total";
    private const string Accepted = "upcloud_gateway_nat_accepted_connections_total";
    private const string Rejected = "upcloud_gateway_nat_rejected_connections_total";

    private static readonly UpCloud.Api.Models.Gateway Hq = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));

    [Fact]
    public void The_first_observation_exports_the_raw_upstream_values()
    {
        var registry = new MappedRegistry();

        var text = registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", 5, 1000, 7)],
            Sa("office/t1", 60, null, Child("88", 4096, 2048, 30, 20), Child("89", 100, 50, 3, 2))))));

        Assert.Equal(4196, text.Value(ReceiveBytes, ("tunnel", "t1")));
        Assert.Equal(22, text.Value(TransmitPackets, ("tunnel", "t1")));
        Assert.Equal(2, text.Value("upcloud_gateway_ipsec_child_sas", ("tunnel", "t1")));
        Assert.Equal(1000, text.Value(Accepted, ("node", "node-a")));
        Assert.Equal(7, text.Value(Rejected, ("node", "node-a")));
        Assert.Equal(5, text.Value("upcloud_gateway_nat_active_connections", ("node", "node-a")));
    }

    [Fact]
    public void Child_SA_counters_continue_across_a_rekey_instead_of_going_backwards()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 60, null, Child("88", 1000))))));
        registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 90, null, Child("88", 1500))))));

        var rekeyed = registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 120, null, Child("91", 200))))));
        Assert.Equal(1700, rekeyed.Value(ReceiveBytes, ("tunnel", "t1")));

        var grown = registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 150, null, Child("91", 300))))));
        Assert.Equal(1800, grown.Value(ReceiveBytes, ("tunnel", "t1")));
    }

    [Fact]
    public void A_child_SA_whose_counter_drops_under_the_same_id_counts_as_a_restart()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 60, null, Child("88", 1000))))));

        var text = registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 60, null, Child("88", 10))))));

        Assert.Equal(1010, text.Value(ReceiveBytes, ("tunnel", "t1")));
    }

    [Fact]
    public void NAT_totals_continue_across_a_node_restart()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", 5, 1000, 7), Node("node-b", 1, 50, 0)]))));

        var text = registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", 2, 30, 1), Node("node-b", 1, 60, 0)]))));

        Assert.Equal(1030, text.Value(Accepted, ("node", "node-a")));
        Assert.Equal(8, text.Value(Rejected, ("node", "node-a")));
        Assert.Equal(60, text.Value(Accepted, ("node", "node-b")));
        Assert.Equal(2, text.Value("upcloud_gateway_nat_active_connections", ("node", "node-a")));
    }

    [Fact]
    public void Up_and_down_event_counters_continue_while_the_tunnel_has_no_SA()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 60, Heuristic(true, true, 3, 2), Child("88", 1))))));

        var down = registry.Apply(Snapshot(Observed(Hq, Readings([]))));

        Assert.Equal(3, down.Value("upcloud_gateway_tunnel_up_events_total", ("tunnel", "t1")));
        Assert.Equal(2, down.Value("upcloud_gateway_tunnel_down_events_total", ("tunnel", "t1")));
        Assert.Equal(1, down.Value(ReceiveBytes, ("tunnel", "t1")));
        Assert.Equal(0, down.Value("upcloud_gateway_tunnel_up", ("tunnel", "t1")));
    }

    [Fact]
    public void Counters_resume_where_they_were_after_the_gateways_metrics_call_failed_for_a_while()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", 5, 1000, 7)], Sa("office/t1", 60, null, Child("88", 1000))))));
        var failed = registry.Apply(Snapshot(Observed(Hq, null)));
        Assert.Empty(failed.Named(ReceiveBytes));
        Assert.Empty(failed.Named(Accepted));

        var back = registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", 5, 1200, 7)], Sa("office/t1", 60, null, Child("88", 1500))))));

        Assert.Equal(1500, back.Value(ReceiveBytes, ("tunnel", "t1")));
        Assert.Equal(1200, back.Value(Accepted, ("node", "node-a")));
    }

    [Fact]
    public void Negative_upstream_counters_never_make_a_counter_go_backwards()
    {
        var registry = new MappedRegistry();
        registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", -1, 1000, 7)]))));

        var text = registry.Apply(Snapshot(Observed(Hq, Readings([Node("node-a", -1, -50, 7)]))));

        Assert.Equal(1000, text.Value(Accepted, ("node", "node-a")));
        Assert.Equal(0, text.Value("upcloud_gateway_nat_active_connections", ("node", "node-a")));
    }

    [Fact]
    public void IKE_SA_established_timestamp_is_the_observation_time_minus_the_elapsed_seconds()
    {
        var registry = new MappedRegistry();

        var text = registry.Apply(Snapshot(Observed(Hq, Readings([], Sa("office/t1", 3600, null, Child("88", 1))), TestClock.Start)));

        Assert.Equal(TestClock.Start.ToUnixTimeSeconds() - 3600, text.Value("upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds", ("tunnel", "t1")));
    }
}
