using System.Globalization;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Endpoints;

public sealed class ResourceShapeTests
{
    [Fact]
    public async Task The_gateway_list_embeds_connections_and_tunnels_with_their_states()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];
        var tunnelModel = model.Connections[1].Tunnels[1];

        var gateway = (await api.GetJsonAsync("1.3/gateway")).EnumerateArray().First();

        Assert.Equal(model.Uuid, gateway.GetProperty("uuid").GetString());
        Assert.Equal(model.Name, gateway.GetProperty("name").GetString());
        Assert.Equal(model.Zone, gateway.GetProperty("zone").GetString());
        Assert.Equal(model.Plan, gateway.GetProperty("plan").GetString());
        Assert.Equal(["nat", "vpn"], gateway.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("started", gateway.GetProperty("configured_status").GetString());
        Assert.Equal("running", gateway.GetProperty("operational_state").GetString());
        Assert.Equal(model.RouterUuid, gateway.GetProperty("routers")[0].GetProperty("uuid").GetString());
        Assert.Equal(model.Addresses[0].Address, gateway.GetProperty("addresses")[0].GetProperty("address").GetString());
        Assert.Equal(model.Labels[0].Key, gateway.GetProperty("labels")[0].GetProperty("key").GetString());
        var tunnel = gateway.GetProperty("connections")[1].GetProperty("tunnels")[1];
        Assert.Equal(tunnelModel.Uuid, tunnel.GetProperty("uuid").GetString());
        Assert.Equal("established", tunnel.GetProperty("operational_state").GetString());
    }

    [Fact]
    public async Task A_single_gateway_is_a_bare_object_and_can_omit_its_connections()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[2];

        var embedded = await api.GetJsonAsync(Paths.Gateway(model));
        model.EmbedConnections = false;
        var bare = await api.GetJsonAsync(Paths.Gateway(model));

        Assert.Equal(JsonValueKind.Object, embedded.ValueKind);
        Assert.Equal(2, embedded.GetProperty("connections").GetArrayLength());
        Assert.False(bare.TryGetProperty("connections", out _));
    }

    [Fact]
    public async Task The_connection_routes_serve_an_array_and_a_bare_object()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];
        var connectionModel = model.Connections[1];

        var list = await api.GetJsonAsync(Paths.Connections(model));
        var connection = await api.GetJsonAsync(Paths.Connection(model, connectionModel));

        Assert.Equal(model.Connections.Select(c => c.Uuid), list.EnumerateArray().Select(c => c.GetProperty("uuid").GetString()));
        Assert.Equal(connectionModel.Name, connection.GetProperty("name").GetString());
        Assert.Equal("ipsec", connection.GetProperty("type").GetString());
        var route = connection.GetProperty("local_routes")[0];
        Assert.Equal("static", route.GetProperty("type").GetString());
        Assert.Equal(connectionModel.LocalRoutes[0].StaticNetwork, route.GetProperty("static_network").GetString());
        Assert.Equal(connectionModel.RemoteRoutes[0].StaticNetwork, connection.GetProperty("remote_routes")[0].GetProperty("static_network").GetString());
        Assert.Equal(2, connection.GetProperty("tunnels").GetArrayLength());
    }

    [Fact]
    public async Task The_tunnel_routes_serve_an_array_and_a_bare_object_with_ipsec_settings()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];
        var connectionModel = model.Connections[0];
        var tunnelModel = connectionModel.Tunnels[1];

        var list = await api.GetJsonAsync(Paths.Tunnels(model, connectionModel));
        var tunnel = await api.GetJsonAsync(Paths.Tunnel(model, connectionModel, tunnelModel));

        Assert.Equal(connectionModel.Tunnels.Select(t => t.Uuid), list.EnumerateArray().Select(t => t.GetProperty("uuid").GetString()));
        Assert.Equal(tunnelModel.Name, tunnel.GetProperty("name").GetString());
        Assert.Equal("public-ip-1", tunnel.GetProperty("local_address").GetProperty("name").GetString());
        Assert.Equal(tunnelModel.RemoteAddress, tunnel.GetProperty("remote_address").GetProperty("address").GetString());
        Assert.True(tunnel.GetProperty("tunnel_up").GetBoolean());
        Assert.True(tunnel.GetProperty("tunnel_healthy").GetBoolean());
        Assert.Equal(JsonValueKind.Object, tunnel.GetProperty("tunnel_internal_ip").ValueKind);
        var ipsec = tunnel.GetProperty("ipsec");
        Assert.Equal("psk", ipsec.GetProperty("authentication").GetProperty("authentication").GetString());
        Assert.False(ipsec.GetProperty("authentication").TryGetProperty("psk", out _));
        Assert.Equal(JsonValueKind.Array, ipsec.GetProperty("phase1_dh_group_numbers").ValueKind);
        Assert.Equal(1440, ipsec.GetProperty("child_rekey_time").GetInt32());
        Assert.Equal(JsonValueKind.Object, tunnel.GetProperty("bgp").ValueKind);
    }

    [Fact]
    public async Task Metrics_have_one_entry_per_node_and_one_ike_sa_per_tunnel_named_connection_slash_tunnel()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];
        var connectionModel = model.Connections[1];
        var tunnelModel = connectionModel.Tunnels[0];
        var childModel = tunnelModel.IkeSa!.ChildSas[0];

        var metrics = await api.GetJsonAsync(Paths.Metrics(model));

        var nodes = metrics.GetProperty("gateways");
        Assert.Equal(["node-a", "node-b"], nodes.EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(model.NatNodes[1].TotalAccepted, nodes[1].GetProperty("total_accepted_connections").GetInt64());
        Assert.Equal(model.NatNodes[1].TotalRejected, nodes[1].GetProperty("total_rejected_sessions").GetInt64());
        Assert.Equal(model.NatNodes[1].ActiveConnections, nodes[1].GetProperty("active_connections").GetInt64());
        var ikeSas = metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas");
        Assert.Equal(4, ikeSas.GetArrayLength());
        var ikeSa = ikeSas.EnumerateArray().Single(sa => sa.GetProperty("name").GetString() == $"{connectionModel.Name}/{tunnelModel.Name}");
        Assert.Equal(JsonValueKind.String, ikeSa.GetProperty("unique_id").ValueKind);
        Assert.Equal(tunnelModel.IkeSa.UniqueId, ikeSa.GetProperty("unique_id").GetString());
        Assert.True(ikeSa.GetProperty("initator").GetBoolean());
        Assert.Equal((long)(TestClock.Start - tunnelModel.IkeSa.EstablishedAt!.Value).TotalSeconds, ikeSa.GetProperty("established").GetInt64());
        Assert.Equal(model.Addresses[0].Address, ikeSa.GetProperty("local_host").GetString());
        Assert.Equal(tunnelModel.RemoteAddress, ikeSa.GetProperty("remote_host").GetString());
        var child = ikeSa.GetProperty("child_sas")[0];
        Assert.Equal(childModel.UniqueId, child.GetProperty("unique_id").GetString());
        Assert.Equal(childModel.SpiIn, child.GetProperty("spi_in").GetString());
        Assert.Equal(childModel.BytesIn, child.GetProperty("bytes_in").GetInt64());
        Assert.Equal(childModel.BytesOut, child.GetProperty("bytes_out").GetInt64());
        Assert.Equal(childModel.PacketsIn, child.GetProperty("packets_in").GetInt64());
        Assert.Equal(childModel.PacketsOut, child.GetProperty("packets_out").GetInt64());
        Assert.Equal("installed", child.GetProperty("state").GetString());
        Assert.Equal(connectionModel.LocalRoutes[0].StaticNetwork, child.GetProperty("local_traffic_selector")[0].GetString());
        var heuristic = ikeSa.GetProperty("heuristic_state");
        Assert.True(heuristic.GetProperty("tunnel_up").GetBoolean());
        Assert.Equal(tunnelModel.UpEvents, heuristic.GetProperty("up_events").GetInt64());
        Assert.Equal(tunnelModel.DownEvents, heuristic.GetProperty("down_events").GetInt64());
    }

    [Fact]
    public async Task A_tunnel_without_an_ike_sa_has_no_ike_sas_entry()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];
        var tunnelModel = model.Connections[0].Tunnels[0];

        api.Fleet.Update(() => tunnelModel.IkeSa = null);
        var metrics = await api.GetJsonAsync(Paths.Metrics(model));

        var names = metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray().Select(sa => sa.GetProperty("name").GetString()).ToList();
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain($"{model.Connections[0].Name}/{tunnelModel.Name}", names);
    }

    [Fact]
    public async Task A_nat_only_gateway_has_no_connections_and_null_ike_sas()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var natOnly = api.Fleet.Gateways.Single(g => !g.Features.Contains("vpn"));

        var gateway = await api.GetJsonAsync(Paths.Gateway(natOnly));
        var metrics = await api.GetJsonAsync(Paths.Metrics(natOnly));

        Assert.Equal(["nat"], gateway.GetProperty("features").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(0, gateway.GetProperty("connections").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").ValueKind);
        Assert.NotEqual(0, metrics.GetProperty("gateways").GetArrayLength());
    }

    [Fact]
    public async Task Timestamps_are_rfc3339_utc_with_microseconds()
    {
        await using var api = await StartCanonicalAsync();
        var model = api.Fleet.Gateways[0];

        var gateway = await api.GetJsonAsync(Paths.Gateway(model));
        var metrics = await api.GetJsonAsync(Paths.Metrics(model));

        foreach (var text in new[]
        {
            gateway.GetProperty("created_at").GetString()!,
            metrics.GetProperty("gateways")[0].GetProperty("updated_at").GetString()!,
        })
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$", text);
        }

        Assert.Equal(model.CreatedAt, DateTimeOffset.Parse(gateway.GetProperty("created_at").GetString()!, CultureInfo.InvariantCulture));
        var updated = DateTimeOffset.Parse(metrics.GetProperty("gateways")[0].GetProperty("updated_at").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(updated, TestClock.Start - TimeSpan.FromSeconds(30), TestClock.Start);
    }

    private static Task<SimulatedCloud> StartCanonicalAsync() => SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
}
