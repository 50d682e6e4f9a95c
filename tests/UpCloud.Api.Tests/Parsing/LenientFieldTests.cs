using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

/// <summary>Fields no series depends on are read leniently; the ones series depend on are read strictly.</summary>
public sealed class LenientFieldTests
{
    private const string Tunnel = """{"name": "t1", "operational_state": "established", "local_address": {"name": "public-1"}, "remote_address": {"address": "198.51.100.7"}""";

    [Theory]
    [InlineData("'ipsec': {'phase1_dh_group_numbers': [1e308, 14], 'phase2_dh_group_numbers': [-1.5, 2e19, 19]}")]
    [InlineData("'ipsec': {'phase1_algorithms': [7, 'aes256', {'x': 1}], 'dpd_delay': 'soon', 'ike_lifetime': 1.5, 'rekey_time': 18446744073709551616}")]
    [InlineData("'ipsec': 'psk'")]
    [InlineData("'ipsec': {'authentication': ['psk']}")]
    [InlineData("'bgp': 5")]
    [InlineData("'bgp': {'local_asn': 9.5e300, 'remote_address': []}")]
    [InlineData("'internal_peer_ping_interval': 1.5")]
    [InlineData("'internal_peer_ping_interval': 9223372036854775808")]
    [InlineData("'created_at': 17, 'updated_at': 'yesterday'")]
    public async Task A_bad_value_in_a_tunnel_field_no_series_depends_on_costs_neither_the_tunnel_nor_its_gateway(string field)
    {
        var body = """[{"uuid": "gw-1", "name": "hq", "connections": [{"name": "c1", "tunnels": [""" + Tunnel + ", " + Json(field) + "}]}]}]";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Empty(page.Rejected);
        var tunnel = Assert.Single(Assert.Single(Assert.Single(page.Gateways).Connections!).Tunnels!);
        Assert.Equal(("t1", "established", "198.51.100.7"), (tunnel.Name, tunnel.OperationalState, tunnel.RemoteAddress!.Address));
    }

    [Fact]
    public async Task Readable_elements_of_a_lenient_list_survive_the_unreadable_ones()
    {
        var body = Tunnel + """, "ipsec": {"phase1_dh_group_numbers": [1e308, 14, "x", 19], "phase1_algorithms": [7, "aes256"]}}""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var ipsec = (await api.Single.GetTunnelAsync("gw-1", "c1", "t1")).Ipsec!;

        Assert.Equal([14, 19], ipsec.Phase1DhGroupNumbers!);
        Assert.Equal(["aes256"], ipsec.Phase1Algorithms!);
    }

    [Theory]
    [InlineData("'routers': 'r-1'")]
    [InlineData("'routers': [1, {'uuid': 2}]")]
    [InlineData("'labels': 7")]
    [InlineData("'configured_status': 3")]
    [InlineData("'automatic_tunnel_internal_ip_allocation': 'yes'")]
    [InlineData("'features': {'nat': true}")]
    public async Task A_bad_value_in_a_gateway_field_no_series_depends_on_costs_nothing(string field)
    {
        var body = """[{"uuid": "gw-1", "name": "hq", "zone": "de-fra1", """ + Json(field) + "}]";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Empty(page.Rejected);
        Assert.Equal(("hq", "de-fra1"), (Assert.Single(page.Gateways).Name, page.Gateways[0].Zone));
    }

    [Fact]
    public async Task Features_that_cannot_be_read_read_as_unknown_not_as_none()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""{"uuid": "gw-1", "features": {"nat": true}}""")));

        Assert.Null((await api.Single.GetGatewayAsync("gw-1")).Features);
    }

    [Theory]
    [InlineData("'child_sas': [{'unique_id': '1', 'spi_in': 7, 'state': ['installed'], 'life_time': 1e308, 'install_time': -0.5, 'local_traffic_selector': {'a': 1}}]")]
    [InlineData("'version': 'two', 'initator': 'yes', 'rekey_time': 1.5, 'reauth_time': 2e19, 'local_host': [1], 'tunnel_id': 'x'")]
    [InlineData("'heuristic_state': {'tunnel_up': true, 'last_down_message': {'text': 'down'}, 'log_message_bad_events': 1e308}")]
    public async Task A_bad_value_in_an_ike_sa_field_no_series_depends_on_costs_neither_the_sa_nor_the_response(string field)
    {
        var body = """{"ipsec_metrics": {"ike_sas": [{"name": "c1/t1", "established": 60, """ + Json(field) + "}]}}";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var sa = Assert.Single((await api.Client.Metrics.GetAsync("gw-1")).Ipsec!.IkeSas!);

        Assert.Equal(("c1/t1", 60L), (sa.Name, sa.Established));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("9223372036854775808")]
    [InlineData("18446744073709551616")]
    [InlineData("1e308")]
    [InlineData("true")]
    public async Task A_counter_the_exporter_exports_that_is_no_whole_64_bit_number_rejects_the_response(string value)
    {
        var body = """{"ipsec_metrics": {"ike_sas": [{"name": "c1/t1", "child_sas": [{"unique_id": "1", "bytes_in": """ + value + "}]}]}}";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Contains("bytes_in", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_counter_reads_as_sent_for_the_exporter_to_clamp()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""{"gateways": [{"name": "node-a", "total_accepted_connections": -1}]}""")));

        Assert.Equal(-1, Assert.Single((await api.Client.Metrics.GetAsync("gw-1")).Nodes!).TotalAcceptedConnections);
    }

    [Fact]
    public async Task A_name_that_is_no_string_rejects_its_list_entry_alone_and_the_rejection_keeps_its_labels()
    {
        const string body = """[{"uuid": "gw-1", "name": 7, "labels": [{"key": "env", "value": "prod"}]}, {"uuid": "gw-2", "name": "ok"}]""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Equal("gw-2", Assert.Single(page.Gateways).Uuid);
        var rejected = Assert.Single(page.Rejected);
        Assert.Equal("gw-1", rejected.Uuid);
        Assert.Equal([("env", "prod")], rejected.Labels!.Select(l => (l.Key, l.Value)));
        Assert.Contains("name", rejected.Reason, StringComparison.Ordinal);
    }

    /// <summary>JSON written with single quotes, which test data can hold without escaping.</summary>
    private static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
