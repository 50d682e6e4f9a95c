using UpCloud.Api.Models;
using UpCloud.Api.Tests.Support;
using static UpCloud.Api.Tests.Parsing.Timestamps;

namespace UpCloud.Api.Tests.Parsing;

public sealed class MetricsParsingTests
{
    private static async Task<GatewayMetrics> ReadAsync(string fixture = "metrics.json")
    {
        using var api = new StubApi(StubHandler.Serving(fixture), bearer: true);
        var metrics = await api.Client.Metrics.GetAsync("10c2a7e6-0000-4000-8000-0000000000a1");
        api.AssertOnlyRequest(UpCloudRoutes.Metrics, "/1.3/gateway/10c2a7e6-0000-4000-8000-0000000000a1/metrics");
        return metrics;
    }

    [Fact]
    public async Task Metrics_request_asks_for_json_with_bearer_auth_and_the_metrics_route_template()
    {
        using var api = new StubApi(StubHandler.Serving("metrics.json"), bearer: true);

        await api.Client.Metrics.GetAsync("gw-9");

        api.AssertOnlyRequest(UpCloudRoutes.Metrics, "/1.3/gateway/gw-9/metrics");
    }

    [Fact]
    public async Task Metrics_read_nat_counters_per_node_under_either_rejected_field_name()
    {
        var metrics = await ReadAsync();

        var nodes = metrics.Nodes!;
        Assert.Equal(["node-a", "node-b"], nodes.Select(n => n.Name));
        Assert.Equal((42L, 120345L, 7L, null, 7L), (nodes[0].ActiveConnections, nodes[0].TotalAcceptedConnections, nodes[0].TotalRejectedSessions, nodes[0].TotalRejectedConnections, nodes[0].TotalRejected));
        Assert.Equal((0L, 8589934592L, null, 3L, 3L), (nodes[1].ActiveConnections, nodes[1].TotalAcceptedConnections, nodes[1].TotalRejectedSessions, nodes[1].TotalRejectedConnections, nodes[1].TotalRejected));
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0, 123456), nodes[0].CreatedAt);
        Assert.Equal(Utc(2025, 3, 1, 9, 30, 0, 1), nodes[0].UpdatedAt);
        Assert.Null(nodes[1].CreatedAt);
    }

    [Fact]
    public async Task Metrics_read_every_documented_ike_sa_field_including_the_misspelled_initator()
    {
        var metrics = await ReadAsync();

        var ike = metrics.Ipsec!.IkeSas![0];
        Assert.Equal(("hq/hq-t1", 12L, "57", 2), (ike.Name, ike.TunnelId, ike.UniqueId, ike.Version));
        Assert.Equal(("established", "established"), (ike.OperationalState, ike.InternalState));
        Assert.True(ike.Initiator);
        Assert.Equal((3600L, 10800L, 0L), (ike.Established, ike.RekeyTime, ike.ReauthTime));
        Assert.Equal(("100.127.0.10", "100.127.0.10", "203.0.113.20", "203.0.113.20"), (ike.LocalHost, ike.LocalId, ike.RemoteHost, ike.RemoteId));
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0, 123456), ike.CreatedAt);
        Assert.Equal(Utc(2025, 3, 1, 9, 30, 0, 1), ike.UpdatedAt);

        var health = ike.HeuristicState!;
        Assert.Equal((true, true, "peer not responding"), (health.TunnelUp, health.TunnelHealthy, health.LastDownMessage));
        Assert.Equal((3L, 2L, 0L), (health.UpEvents, health.DownEvents, health.LogMessageBadEvents));
        Assert.Equal(Utc(2025, 3, 1, 9, 30, 0, 1), health.UpdatedAt);
        Assert.Equal(Utc(2025, 2, 28, 23, 0, 0, 500000), health.LastDownMessageUpdatedAt);
    }

    [Fact]
    public async Task Metrics_read_every_documented_child_sa_field_with_64_bit_counters()
    {
        var metrics = await ReadAsync();

        var child = metrics.Ipsec!.IkeSas![0].ChildSas![0];
        Assert.Equal(("hq/hq-t1", 12L, "88", "installed"), (child.Name, child.TunnelId, child.UniqueId, child.State));
        Assert.Equal(("c1a2b3c4", "d5e6f7a8"), (child.SpiIn, child.SpiOut));
        Assert.Equal((6442450944L, 524288L, 900L, 700L), (child.BytesIn, child.BytesOut, child.PacketsIn, child.PacketsOut));
        Assert.Equal((1200L, 1400L, 60L), (child.RekeyTime, child.LifeTime, child.InstallTime));
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0, 123456), child.CreatedAt);
        Assert.Equal(Utc(2025, 3, 1, 9, 0, 0, 1), child.UpdatedAt);
    }

    [Fact]
    public async Task Metrics_read_traffic_selectors_under_the_singular_and_the_plural_names()
    {
        var metrics = await ReadAsync();

        var children = metrics.Ipsec!.IkeSas![0].ChildSas!;
        Assert.Equal(["10.10.0.0/24"], children[0].LocalTrafficSelectors);
        Assert.Equal(["192.168.50.0/24", "192.168.51.0/24"], children[0].RemoteTrafficSelectors);
        Assert.Equal(["10.10.0.0/24", "10.11.0.0/24"], children[1].LocalTrafficSelectors);
        Assert.Equal(["192.168.52.0/24"], children[1].RemoteTrafficSelectors);
        Assert.Empty(metrics.Ipsec.IkeSas[1].ChildSas ?? []);
    }

    [Fact]
    public async Task Metrics_read_unique_id_sent_as_a_string_or_as_a_number_as_the_same_text()
    {
        var metrics = await ReadAsync();

        var sas = metrics.Ipsec!.IkeSas!;
        Assert.Equal(["57", "58"], sas.Select(s => s.UniqueId));
        Assert.Equal(["88", "89"], sas[0].ChildSas!.Select(c => c.UniqueId));
    }

    [Fact]
    public async Task Metrics_keep_unknown_sa_states_verbatim_and_read_missing_or_malformed_fields_as_null()
    {
        var metrics = await ReadAsync();

        var second = metrics.Ipsec!.IkeSas![1];
        Assert.Equal(("hq/hq-t2", "connecting", "passive-standby-v7"), (second.Name, second.OperationalState, second.InternalState));
        Assert.False(second.Initiator);
        Assert.Null(second.Established);
        Assert.Null(second.ChildSas);
        Assert.Null(second.HeuristicState);
        Assert.Null(second.CreatedAt);
        Assert.Null(second.RekeyTime);

        var rekeying = metrics.Ipsec.IkeSas[0].ChildSas![1];
        Assert.Equal("rekeying-half-installed", rekeying.State);
        Assert.Equal(0L, rekeying.BytesIn);
        Assert.Null(rekeying.RekeyTime);
        Assert.Null(rekeying.CreatedAt);
    }

    [Fact]
    public async Task Metrics_accept_null_ike_sas()
    {
        var metrics = await ReadAsync("metrics-null-ike-sas.json");

        Assert.NotNull(metrics.Ipsec);
        Assert.Null(metrics.Ipsec.IkeSas);
        var node = Assert.Single(metrics.Nodes!);
        Assert.Equal(("node-a", 1L, 2L, 0L), (node.Name, node.ActiveConnections, node.TotalAcceptedConnections, node.TotalRejected));
    }

    [Fact]
    public async Task Metrics_accept_a_body_with_no_ipsec_metrics_and_empty_nodes()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""{"gateways": [], "surprise": {"a": [null]}}""")));

        var metrics = await api.Client.Metrics.GetAsync("gw-1");

        Assert.Empty(metrics.Nodes!);
        Assert.Null(metrics.Ipsec);
    }
}
