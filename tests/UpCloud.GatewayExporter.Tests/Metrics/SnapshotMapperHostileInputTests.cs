using Microsoft.Extensions.Logging;
using UpCloud.Api;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperHostileInputTests
{
    private const string TunnelInfo = "upcloud_gateway_tunnel_info";
    private const string ReceiveBytes = "upcloud_gateway_ipsec_receive_bytes_total";

    private readonly ListLogger<SnapshotMapper> _log = new();

    [Fact]
    public void A_megabyte_name_is_cut_to_256_characters_ending_in_the_marker_and_logged_once()
    {
        var registry = new MappedRegistry(_log);
        var name = new string('g', 1 << 20);
        var gateway = Gateway("gw-1", name, Connection("office", Tunnel("t1")));

        registry.Apply(Snapshot(Observed(gateway, Readings([]))));
        var text = registry.Apply(Snapshot(Observed(gateway, Readings([]))));

        var label = Assert.Single(text.Named(TunnelInfo))["gateway"];
        Assert.Equal(DisplayText.MaxLength, label.Length);
        Assert.EndsWith(DisplayText.Marker, label, StringComparison.Ordinal);
        Assert.StartsWith("ggg", label, StringComparison.Ordinal);
        var line = Assert.Single(Warnings(), entry => entry.Contains("its name is 1048576 characters", StringComparison.Ordinal));
        Assert.True(line.Length < 1000, "the log line quotes the whole name");
    }

    [RequiresToolFact("promtool")]
    public async Task Control_characters_quotes_and_bidirectional_marks_in_names_give_an_exposition_promtool_accepts()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq \"main\" \\ line\nbreak", Connection("c\0nul\u202Eevil\u200F", Tunnel("t\uFFFD\uFFFD1\u2066x\u2069")));

        registry.Apply(Snapshot(Observed(gateway, Readings([Node("node\r\n", 1, 2, 3)]))));
        var raw = registry.RenderText();

        await Promtool.AssertAcceptsAsync(raw);
        Assert.Contains("gateway=\"hq \\\"main\\\" \\\\ line\\nbreak\"", raw, StringComparison.Ordinal);
        var info = Assert.Single(ExpositionText.Parse(raw).Named(TunnelInfo));
        Assert.Equal("c\uFFFDnul\uFFFDevil\uFFFD", info["connection"]);
        Assert.Equal("t\uFFFD\uFFFD1\uFFFDx\uFFFD", info["tunnel"]);
        Assert.DoesNotContain('\0', raw);
        Assert.DoesNotContain('\r', raw);
    }

    [Fact]
    public void Two_tunnels_named_alike_in_one_gateway_export_the_first_one_only_and_log_it_once()
    {
        var registry = new MappedRegistry(_log);
        var first = Tunnel("t1") with { Uuid = "t-first" };
        var second = Tunnel("t1") with { Uuid = "t-second" };
        var gateway = Gateway("gw-1", "hq", Connection("office", first, second));

        registry.Apply(Snapshot(Observed(gateway, Readings([]))));
        var text = registry.Apply(Snapshot(Observed(gateway, Readings([]))));

        Assert.Equal("t-first", Assert.Single(text.Named(TunnelInfo))["tunnel_uuid"]);
        Assert.Equal(5, text.Named("upcloud_gateway_tunnel_state").Count());
        Assert.Single(Warnings(), entry => entry.Contains("more than one tunnel labelled office/t1", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_long_names_that_cut_to_the_same_label_export_one_series_whose_counter_never_goes_down()
    {
        var registry = new MappedRegistry(_log);
        var prefix = new string('x', 400);
        var metrics = Readings([], Sa($"office/{prefix}a", 60, null, Child("a1", bytesIn: 500)), Sa($"office/{prefix}b", 60, null, Child("b1", bytesIn: 100)));
        var aFirst = Gateway("gw-1", "hq", Connection("office", Tunnel(prefix + "a"), Tunnel(prefix + "b")));
        var bFirst = Gateway("gw-1", "hq", Connection("office", Tunnel(prefix + "b"), Tunnel(prefix + "a")));

        var before = registry.Apply(Snapshot(Observed(aFirst, metrics)));
        var after = registry.Apply(Snapshot(Observed(bFirst, metrics)));

        Assert.Single(before.Named(TunnelInfo));
        Assert.True(after.Value(ReceiveBytes) >= before.Value(ReceiveBytes));
    }

    [Fact]
    public void Two_nodes_with_one_name_export_the_first_node_only()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq");

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([Node("node-a", 5, 50, 1), Node("node-a", 9, 90, 9)]))));

        Assert.Equal(5, text.Value("upcloud_gateway_nat_active_connections"));
        Assert.Equal(50, text.Value("upcloud_gateway_nat_accepted_connections_total"));
        Assert.Single(Warnings(), entry => entry.Contains("more than one node labelled node-a", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_thousand_child_sas_sharing_one_unique_id_are_each_counted()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));
        var children = Enumerable.Range(0, 10_000).Select(_ => Child("7", bytesIn: 3)).ToArray();

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([], Sa("office/t1", 60, null, children)))));

        Assert.Equal(10_000, text.Value("upcloud_gateway_ipsec_child_sas"));
        Assert.Equal(30_000, text.Value(ReceiveBytes));
    }

    [Fact]
    public void Negative_counts_read_as_zero_and_are_logged_once_per_gateway_and_field()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq");
        var metrics = Readings([Node("node-a", -1, -5, 3)]);

        registry.Apply(Snapshot(Observed(gateway, metrics)));
        var text = registry.Apply(Snapshot(Observed(gateway, metrics)));

        Assert.Equal(0, text.Value("upcloud_gateway_nat_active_connections"));
        Assert.Equal(0, text.Value("upcloud_gateway_nat_accepted_connections_total"));
        Assert.Equal(2, Warnings().Count(entry => entry.Contains("negative", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_rejected_entry_withholds_its_series_and_keeps_its_totals_so_a_rekeyed_counter_resumes_where_it_was()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));
        var rekeyed = Readings([Node("node-a", 1, 2_000, 3)], Sa("office/t1", 60, null, Child("2", bytesIn: 38_500)));

        var before = registry.Apply(Snapshot(Observed(gateway, Readings([Node("node-a", 1, 1_000, 3)], Sa("office/t1", 60, null, Child("1", bytesIn: 104_000_000))))));
        var rejected = registry.Apply(Snapshot(TestClock.Start, []) with { Rejected = [new RejectedGateway("gw-1", null, "unreadable at $.connections")] });
        var after = registry.Apply(Snapshot(Observed(gateway, rekeyed)));

        Assert.Equal(104_000_000, before.Value(ReceiveBytes));
        Assert.Empty(rejected.Where("upcloud_gateway_info", ("gateway_uuid", "gw-1")));
        Assert.Empty(rejected.Named(ReceiveBytes));
        Assert.Equal(1, rejected.Value("upcloud_gateway_exporter_rejected_gateways"));
        Assert.Equal(104_038_500, after.Value(ReceiveBytes));
        Assert.Equal(2_000, after.Value("upcloud_gateway_nat_accepted_connections_total"));
    }

    private List<string> Warnings() => [.. _log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message)];
}
