using System.Text.Json;
using UpCloud.Api.Tests.Support;
using static UpCloud.Api.Tests.Parsing.Timestamps;

namespace UpCloud.Api.Tests.Parsing;

public sealed class GatewayListParsingTests
{
    private const string Alpha = "10c2a7e6-0000-4000-8000-0000000000a1";
    private const string Bravo = "10c2a7e6-0000-4000-8000-0000000000b2";
    private const string Broken = "10c2a7e6-0000-4000-8000-0000000000c3";
    private const string Delta = "10c2a7e6-0000-4000-8000-0000000000d4";

    private static async Task<(GatewayList List, StubApi Api)> ListFixtureAsync()
    {
        var api = new StubApi(StubHandler.Serving("gateways.json"));
        var list = await api.Client.ListAllGatewaysAsync();
        return (list, api);
    }

    [Fact]
    public async Task Gateway_list_request_asks_for_json_with_basic_auth_the_route_template_and_a_100_entry_page()
    {
        var (_, api) = await ListFixtureAsync();
        using (api)
        {
            api.AssertOnlyRequest(UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=0");
        }
    }

    [Fact]
    public async Task Gateway_list_rejects_a_malformed_entry_alone_while_the_others_parse_in_order()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        Assert.Equal([Alpha, Bravo, Delta], list.Gateways.Select(g => g.Uuid));
        var rejected = Assert.Single(list.Rejected);
        Assert.Equal(Broken, rejected.Uuid);
        Assert.Contains("addresses", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(4, list.Count);
    }

    [Fact]
    public async Task Gateway_list_reads_every_documented_gateway_field()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;
        var gateway = list.Gateways[0];

        Assert.Equal(Alpha, gateway.Uuid);
        Assert.Equal("hq-gateway", gateway.Name);
        Assert.Equal("de-fra1", gateway.Zone);
        Assert.Equal("advanced", gateway.Plan);
        Assert.Equal(["nat", "vpn"], gateway.Features!);
        Assert.Equal("started", gateway.ConfiguredStatus);
        Assert.Equal("running", gateway.OperationalState);
        Assert.Equal(
            [("public-ip-1", "100.127.0.10"), ("public-ip-2", null)],
            gateway.Addresses!.Select(a => (a.Name, a.Address)));
        Assert.Equal([("env", "prod"), ("team", "netops")], gateway.Labels!.Select(l => (l.Key, l.Value)));
        Assert.True(gateway.AutomaticTunnelInternalIpAllocation);
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0, 123456), gateway.CreatedAt);
        Assert.Equal(TimeSpan.Zero, gateway.CreatedAt!.Value.Offset);
        Assert.Equal(Utc(2025, 3, 5, 12, 0, 0, 500000), gateway.UpdatedAt);
    }

    [Fact]
    public async Task Gateway_list_accepts_routers_as_an_array_and_as_a_single_object()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        var asArray = list.Gateways[0].Routers!;
        Assert.Equal(["04c0f8a1-0000-4000-8000-0000000000r1", "04c0f8a1-0000-4000-8000-0000000000r2"], asArray.Select(r => r.Uuid));
        Assert.Equal([Utc(2025, 3, 1, 8, 0, 0, 123456), Utc(2025, 3, 2, 9, 15, 30, 1)], asArray.Select(r => r.CreatedAt));

        var asObject = Assert.Single(list.Gateways[1].Routers!);
        Assert.Equal("04c0f8a1-0000-4000-8000-0000000000r3", asObject.Uuid);
        Assert.Null(asObject.CreatedAt);

        Assert.Empty(list.Gateways[2].Routers!);
    }

    [Fact]
    public async Task Gateway_list_keeps_unknown_plan_and_state_strings_verbatim()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        Assert.Equal("enterprise-xl", list.Gateways[1].Plan);
        Assert.Equal("setup-network-reconfigure", list.Gateways[1].OperationalState);
        Assert.Equal("half-open-negotiating", list.Gateways[0].Connections![0].Tunnels![1].OperationalState);
    }

    [Fact]
    public async Task Gateway_list_reads_missing_and_null_fields_as_null_and_empty_arrays_as_empty()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;
        var bravo = list.Gateways[1];

        Assert.Null(bravo.Name);
        Assert.Null(bravo.Zone);
        Assert.Null(bravo.Features);
        Assert.Null(bravo.Connections);
        Assert.Null(bravo.AutomaticTunnelInternalIpAllocation);
        Assert.NotNull(bravo.Addresses);
        Assert.Empty(bravo.Addresses);
        Assert.NotNull(bravo.Labels);
        Assert.Empty(bravo.Labels);

        var delta = list.Gateways[2];
        Assert.Null(delta.UpdatedAt);
        Assert.Null(delta.Addresses);
        Assert.Null(delta.Labels);
        Assert.Null(delta.Connections![0].RemoteRoutes);
        Assert.Empty(delta.Connections[0].LocalRoutes!);
    }

    [Fact]
    public async Task Gateway_list_reads_a_malformed_or_non_string_timestamp_as_null()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        Assert.Null(list.Gateways[1].CreatedAt);
        Assert.Null(list.Gateways[1].UpdatedAt);
        Assert.Equal(Utc(2024, 12, 31, 23, 59, 59, 999999), list.Gateways[2].CreatedAt);
    }

    [Fact]
    public async Task Gateway_list_embeds_connections_with_routes_and_tunnels_with_their_operational_state()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        var connection = Assert.Single(list.Gateways[0].Connections!);
        Assert.Equal("0cc0a1b2-0000-4000-8000-0000000000c1", connection.Uuid);
        Assert.Equal("hq", connection.Name);
        Assert.Equal("ipsec", connection.Type);
        Assert.Equal([("lan", "static", "10.10.0.0/24")], connection.LocalRoutes!.Select(r => (r.Name, r.Type, r.StaticNetwork)));
        Assert.Equal(
            [("branch", "static", "192.168.50.0/24"), ("branch-2", "static", "192.168.51.0/24")],
            connection.RemoteRoutes!.Select(r => (r.Name, r.Type, r.StaticNetwork)));
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0, 123456), connection.CreatedAt);
        Assert.Equal([("hq-t1", "established"), ("hq-t2", "half-open-negotiating")], connection.Tunnels!.Select(t => (t.Name, t.OperationalState)));

        var delta = list.Gateways[2].Connections!;
        Assert.Equal(["lab", "lab-2"], delta.Select(c => c.Name));
        Assert.NotNull(delta[0].Tunnels);
        Assert.Empty(delta[0].Tunnels!);
        var idle = Assert.Single(delta[1].Tunnels!);
        Assert.Equal("idle", idle.OperationalState);
        Assert.Null(idle.Ipsec);
        Assert.Null(idle.TunnelInternalIp);
        Assert.Equal(Utc(2025, 3, 1, 8, 0, 0), idle.CreatedAt);
    }

    [Fact]
    public async Task Gateway_list_reads_every_documented_tunnel_field_of_an_embedded_tunnel()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;
        var tunnel = list.Gateways[0].Connections![0].Tunnels![0];

        Assert.Equal("0ttt0001-0000-4000-8000-0000000000t1", tunnel.Uuid);
        Assert.Equal("public-ip-1", tunnel.LocalAddress!.Name);
        Assert.Equal("203.0.113.20", tunnel.RemoteAddress!.Address);
        Assert.True(tunnel.TunnelUp);
        Assert.False(tunnel.TunnelHealthy);
        Assert.Equal(10, tunnel.InternalPeerPingInterval);
        Assert.Equal(JsonValueKind.String, tunnel.TunnelInternalIp!.Value.ValueKind);
        Assert.Equal("169.254.17.5/30", tunnel.TunnelInternalIp.Value.GetString());

        var ipsec = tunnel.Ipsec!;
        Assert.Equal("psk", ipsec.Authentication!.Authentication);
        Assert.Equal((10800L, 1440L, 30L, 120L, 86400L), (ipsec.RekeyTime, ipsec.ChildRekeyTime, ipsec.DpdDelay, ipsec.DpdTimeout, ipsec.IkeLifetime));
        Assert.Equal(["aes128", "aes256"], ipsec.Phase1Algorithms!);
        Assert.Equal(["aes128gcm128"], ipsec.Phase2Algorithms!);
        Assert.Equal(["sha256", "sha384"], ipsec.Phase1IntegrityAlgorithms!);
        Assert.Equal(["sha256"], ipsec.Phase2IntegrityAlgorithms!);
        Assert.Equal([14, 19, 20], ipsec.Phase1DhGroupNumbers!);
        Assert.Equal([14], ipsec.Phase2DhGroupNumbers!);

        var bgp = tunnel.Bgp!;
        Assert.Equal(("169.254.17.5", 4200000001L, "169.254.17.6", 65010L), (bgp.LocalAddress, bgp.LocalAsn, bgp.RemoteAddress, bgp.RemoteAsn));
        Assert.Equal(Utc(2025, 3, 4, 10, 20, 30, 654321), tunnel.UpdatedAt);
    }

    [Fact]
    public async Task Gateway_list_reads_dh_groups_sent_as_scalars_and_internal_ip_sent_as_an_object()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;
        var tunnel = list.Gateways[0].Connections![0].Tunnels![1];

        Assert.Equal([21], tunnel.Ipsec!.Phase1DhGroupNumbers!);
        Assert.Equal([16], tunnel.Ipsec.Phase2DhGroupNumbers!);
        Assert.Null(tunnel.TunnelUp);
        Assert.Null(tunnel.TunnelHealthy);
        Assert.Null(tunnel.Bgp);
        Assert.Equal(0, tunnel.InternalPeerPingInterval);
        var ip = tunnel.TunnelInternalIp!.Value;
        Assert.Equal(JsonValueKind.Object, ip.ValueKind);
        Assert.Equal("169.254.18.1", ip.GetProperty("ip").GetProperty("addr").GetString());
        Assert.False(ip.GetProperty("hasParseError").GetBoolean());
    }

    [Fact]
    public async Task Gateway_list_retains_no_psk_anywhere_on_the_parsed_model()
    {
        var (list, api) = await ListFixtureAsync();
        using var _ = api;

        var texts = ModelText.Of(list);
        Assert.Contains("hq-t1", texts);
        Assert.Contains("psk", texts);
        Assert.DoesNotContain(texts, t => t.Contains(TestCredentials.Psk, StringComparison.Ordinal));
        foreach (var gateway in list.Gateways)
        {
            var json = JsonSerializer.Serialize(gateway, Json.UpCloudJsonContext.Default.Gateway);
            Assert.DoesNotContain(TestCredentials.Psk, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Gateway_list_rejects_null_and_non_object_entries_alone()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""[null, 42, "gw", [], {"uuid": "ok-1", "labels": [{"key": "k"}]}, true]""")));

        var list = await api.Client.ListAllGatewaysAsync();

        var gateway = Assert.Single(list.Gateways);
        Assert.Equal("ok-1", gateway.Uuid);
        Assert.Null(gateway.Labels![0].Value);
        Assert.Equal(5, list.Rejected.Count);
        Assert.All(list.Rejected, r => Assert.Null(r.Uuid));
        Assert.All(list.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Equal(6, list.Count);
    }

    [Fact]
    public async Task Gateway_list_fails_as_an_invalid_response_when_the_body_is_not_an_array()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("""{"gateways": [{"uuid": "wrapped"}]}""")));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(UpCloudRoutes.Gateways, ex.Route);
        Assert.Contains("Object", ex.Detail, StringComparison.Ordinal);
        Secrets.AssertAbsentFrom(ex);
    }
}
