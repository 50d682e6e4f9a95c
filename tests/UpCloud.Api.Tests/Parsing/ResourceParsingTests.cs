using System.Text.Json;
using UpCloud.Api.Json;
using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;
using static UpCloud.Api.Tests.Parsing.Timestamps;

namespace UpCloud.Api.Tests.Parsing;

public sealed class ResourceParsingTests
{
    [Fact]
    public async Task Gateway_get_reads_a_bare_object_with_a_single_router_object()
    {
        using var api = new StubApi(StubHandler.Serving("gateway.json"));

        var gateway = await api.Single.GetGatewayAsync("10c2a7e6-0000-4000-8000-0000000000e5");

        api.AssertOnlyRequest(RouteTemplates.Gateway, "/1.3/gateway/10c2a7e6-0000-4000-8000-0000000000e5");
        Assert.Equal(("edge-gateway", "nl-ams1", "production", "checkup"), (gateway.Name, gateway.Zone, gateway.Plan, gateway.OperationalState));
        Assert.Equal(["nat"], gateway.Features!);
        var router = Assert.Single(gateway.Routers!);
        Assert.Equal("04c0f8a1-0000-4000-8000-0000000000r5", router.Uuid);
        Assert.Equal(Utc(2025, 1, 15, 6, 30, 0, 100), router.CreatedAt);
        Assert.False(gateway.AutomaticTunnelInternalIpAllocation);
        Assert.Null(gateway.Connections);
        Assert.Equal(Utc(2025, 1, 16, 6, 30, 0), gateway.UpdatedAt);
    }

    [Fact]
    public async Task Resource_ids_are_escaped_into_the_path_while_the_route_template_stays_fixed()
    {
        using var api = new StubApi(StubHandler.Serving("tunnel.json"));

        await api.Single.GetTunnelAsync("gw/1", "c?2", "t#3 x");

        api.AssertOnlyRequest(RouteTemplates.Tunnel, "/1.3/gateway/gw%2F1/connections/c%3F2/tunnels/t%233%20x");
    }

    [Fact]
    public async Task Connection_list_reads_connections_with_embedded_tunnels_and_open_type_strings()
    {
        using var api = new StubApi(StubHandler.Serving("connections.json"));

        var connections = await api.Client.Connections.ListAsync("gw-1");

        api.AssertOnlyRequest(UpCloudRoutes.Connections, "/1.3/gateway/gw-1/connections");
        Assert.Equal([("branch-a", "ipsec"), ("branch-b", "ipsec-v2-future")], connections.Select(c => (c.Name, c.Type)));
        var first = connections[0];
        Assert.Equal("0cc0a1b2-0000-4000-8000-0000000000e1", first.Uuid);
        Assert.Equal("10.20.0.0/16", Assert.Single(first.LocalRoutes!).StaticNetwork);
        Assert.Equal("172.16.5.0/24", Assert.Single(first.RemoteRoutes!).StaticNetwork);
        var tunnel = Assert.Single(first.Tunnels!);
        Assert.Equal(("branch-a-t1", "connecting"), (tunnel.Name, tunnel.OperationalState));
        Assert.Equal("169.254.20.1/30", tunnel.TunnelInternalIp!.Value.GetString());
        Assert.Equal(Utc(2025, 2, 1, 0, 0, 0, 1), first.CreatedAt);
        Assert.Equal(Utc(2025, 2, 2, 0, 0, 0, 2), first.UpdatedAt);
        Assert.Empty(connections[1].Tunnels!);
        Assert.Null(connections[1].LocalRoutes);
    }

    [Fact]
    public async Task Connection_get_reads_one_connection_without_embedded_tunnels_as_null_tunnels()
    {
        using var api = new StubApi(StubHandler.Serving("connection.json"));

        var connection = await api.Single.GetConnectionAsync("gw-1", "conn-1");

        api.AssertOnlyRequest(RouteTemplates.Connection, "/1.3/gateway/gw-1/connections/conn-1");
        Assert.Equal("datacenter", connection.Name);
        Assert.Null(connection.Tunnels);
        Assert.Equal(("dc", "bgp-learned", "10.99.0.0/16"), (connection.RemoteRoutes![0].Name, connection.RemoteRoutes[0].Type, connection.RemoteRoutes[0].StaticNetwork));
        Assert.Equal(Utc(2025, 2, 3, 4, 5, 6, 70809), connection.CreatedAt);
        Assert.Null(connection.UpdatedAt);
    }

    [Fact]
    public async Task Tunnel_internal_ip_is_kept_as_raw_json_whether_a_string_an_object_absent_or_null()
    {
        using var api = new StubApi(StubHandler.Serving("tunnels.json"));

        var tunnels = await api.Client.Tunnels.ListAsync("gw-1", "conn-1");

        api.AssertOnlyRequest(UpCloudRoutes.Tunnels, "/1.3/gateway/gw-1/connections/conn-1/tunnels");
        Assert.Equal(["string-ip", "object-ip", "absent-ip", "null-ip"], tunnels.Select(t => t.Name));

        var asString = tunnels[0].TunnelInternalIp!.Value;
        Assert.Equal(JsonValueKind.String, asString.ValueKind);
        Assert.Equal("169.254.30.1/30", asString.GetString());

        var asObject = tunnels[1].TunnelInternalIp!.Value;
        Assert.Equal(JsonValueKind.Object, asObject.ValueKind);
        Assert.Equal("169.254.31.1", asObject.GetProperty("ip").GetProperty("addr").GetString());
        Assert.False(asObject.GetProperty("hasParseError").GetBoolean());

        Assert.Null(tunnels[2].TunnelInternalIp);
        Assert.Null(tunnels[3].TunnelInternalIp);
    }

    [Fact]
    public async Task Tunnel_dh_groups_are_read_from_int_arrays_scalars_empty_arrays_and_null()
    {
        using var api = new StubApi(StubHandler.Serving("tunnels.json"));

        var tunnels = await api.Client.Tunnels.ListAsync("gw-1", "conn-1");

        Assert.Equal([19, 20], tunnels[0].Ipsec!.Phase1DhGroupNumbers!);
        Assert.Equal([19], tunnels[0].Ipsec!.Phase2DhGroupNumbers!);
        Assert.Equal([14], tunnels[1].Ipsec!.Phase1DhGroupNumbers!);
        Assert.Equal([2], tunnels[1].Ipsec!.Phase2DhGroupNumbers!);
        Assert.Empty(tunnels[2].Ipsec!.Phase1DhGroupNumbers!);
        Assert.Null(tunnels[2].Ipsec!.Phase2DhGroupNumbers);
        Assert.Null(tunnels[3].Ipsec);
    }

    [Fact]
    public async Task Tunnel_states_from_the_documented_and_the_older_sets_are_kept_verbatim()
    {
        using var api = new StubApi(StubHandler.Serving("tunnels.json"));

        var tunnels = await api.Client.Tunnels.ListAsync("gw-1", "conn-1");

        Assert.Equal(["established", "rekeyed", "destroying", "unknown"], tunnels.Select(t => t.OperationalState));
        Assert.Equal([true, null, null, null], tunnels.Select(t => t.TunnelUp));
    }

    [Fact]
    public async Task Tunnel_get_reads_every_documented_field()
    {
        using var api = new StubApi(StubHandler.Serving("tunnel.json"));

        var tunnel = await api.Single.GetTunnelAsync("gw-1", "conn-1", "tun-1");

        api.AssertOnlyRequest(RouteTemplates.Tunnel, "/1.3/gateway/gw-1/connections/conn-1/tunnels/tun-1");
        Assert.Equal(("0ttt0f05-0000-4000-8000-0000000000f5", "single", "connecting"), (tunnel.Uuid, tunnel.Name, tunnel.OperationalState));
        Assert.Equal("public-ip-2", tunnel.LocalAddress!.Name);
        Assert.Equal("198.51.100.99", tunnel.RemoteAddress!.Address);
        Assert.Equal((false, false, 0), (tunnel.TunnelUp, tunnel.TunnelHealthy, tunnel.InternalPeerPingInterval));
        Assert.True(tunnel.TunnelInternalIp!.Value.GetProperty("hasParseError").GetBoolean());
        Assert.Equal(30, tunnel.TunnelInternalIp.Value.GetProperty("prefix").GetInt32());

        var ipsec = tunnel.Ipsec!;
        Assert.Equal("psk", ipsec.Authentication!.Authentication);
        Assert.Equal((3600L, 600L, 10L, 30L, 7200L), (ipsec.RekeyTime, ipsec.ChildRekeyTime, ipsec.DpdDelay, ipsec.DpdTimeout, ipsec.IkeLifetime));
        Assert.Equal(["aes256gcm16"], ipsec.Phase1Algorithms!);
        Assert.Equal(["aes256gcm16", "aes128gcm16"], ipsec.Phase2Algorithms!);
        Assert.Equal(["sha512"], ipsec.Phase1IntegrityAlgorithms!);
        Assert.Equal(["sha512", "sha256"], ipsec.Phase2IntegrityAlgorithms!);
        Assert.Equal([31], ipsec.Phase1DhGroupNumbers!);
        Assert.Equal([31, 32], ipsec.Phase2DhGroupNumbers!);

        Assert.Equal(("169.254.40.1", 65001L, "169.254.40.2", 65002L), (tunnel.Bgp!.LocalAddress, tunnel.Bgp.LocalAsn, tunnel.Bgp.RemoteAddress, tunnel.Bgp.RemoteAsn));
        Assert.Equal(Utc(2025, 3, 10, 10, 10, 10, 101010), tunnel.CreatedAt);
        Assert.Equal(Utc(2025, 3, 11, 11, 11, 11, 111111), tunnel.UpdatedAt);
    }

    [Fact]
    public async Task Tunnel_psk_in_ipsec_authentication_is_retained_nowhere_on_any_model()
    {
        using var api = new StubApi(new StubHandler(request => Responses.Fixture(
            request.RequestUri!.AbsolutePath.EndsWith("/tunnels", StringComparison.Ordinal) ? "tunnels.json"
            : request.RequestUri.AbsolutePath.EndsWith("/connections", StringComparison.Ordinal) ? "connections.json"
            : "tunnel.json")));

        var single = await api.Single.GetTunnelAsync("gw-1", "conn-1", "tun-1");
        var list = await api.Client.Tunnels.ListAsync("gw-1", "conn-1");
        var connections = await api.Client.Connections.ListAsync("gw-1");

        var texts = ModelText.Of(new object[] { single, list, connections });
        Assert.Contains("single", texts);
        Assert.Contains("branch-a-t1", texts);
        Assert.Contains("psk", texts);
        Assert.DoesNotContain(texts, t => t.Contains(TestCredentials.Psk, StringComparison.Ordinal));
        Assert.DoesNotContain(TestCredentials.Psk, JsonSerializer.Serialize(single, UpCloudJsonContext.Default.Tunnel), StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, JsonSerializer.Serialize(list, UpCloudJsonContext.Default.IReadOnlyListTunnel), StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, JsonSerializer.Serialize(connections, UpCloudJsonContext.Default.IReadOnlyListGatewayConnection), StringComparison.Ordinal);
    }
}
