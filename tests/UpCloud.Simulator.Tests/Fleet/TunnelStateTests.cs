using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class TunnelStateTests
{
    [Fact]
    public async Task An_idle_tunnel_is_down_keeps_an_ike_sa_entry_that_never_established_and_counts_a_down_event()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var (gateway, connection, tunnel) = FirstTunnel(api);
        var downEvents = tunnel.DownEvents;

        api.Fleet.SetTunnelState(tunnel.Uuid, "idle");
        var served = await api.GetJsonAsync(Paths.Tunnel(gateway, connection, tunnel));
        var ikeSa = (await IkeSaAsync(api, gateway, connection, tunnel))!.Value;

        Assert.Equal("idle", served.GetProperty("operational_state").GetString());
        Assert.False(served.GetProperty("tunnel_up").GetBoolean());
        Assert.Equal(("idle", "created"), (ikeSa.GetProperty("operational_state").GetString(), ikeSa.GetProperty("internal_state").GetString()));
        Assert.False(ikeSa.TryGetProperty("established", out _));
        Assert.Equal(0, ikeSa.GetProperty("child_sas").GetArrayLength());
        Assert.Equal(downEvents + 1, tunnel.DownEvents);
        Assert.Equal(tunnel.LastDownMessage, ikeSa.GetProperty("heuristic_state").GetProperty("last_down_message").GetString());
    }

    [Fact]
    public async Task A_connecting_tunnel_has_an_ike_sa_that_never_established_without_child_sas_or_schedule()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, connection, tunnel) = FirstTunnel(api);

        api.Fleet.SetTunnelState(tunnel.Uuid, "connecting");
        var ikeSa = (await IkeSaAsync(api, gateway, connection, tunnel))!.Value;

        Assert.Equal("connecting", ikeSa.GetProperty("operational_state").GetString());
        Assert.Equal("connecting", ikeSa.GetProperty("internal_state").GetString());
        Assert.False(ikeSa.TryGetProperty("established", out _));
        Assert.Equal((0, 0), (ikeSa.GetProperty("rekey_time").GetInt64(), ikeSa.GetProperty("reauth_time").GetInt64()));
        Assert.Equal(0, ikeSa.GetProperty("child_sas").GetArrayLength());
        Assert.False(ikeSa.GetProperty("heuristic_state").GetProperty("tunnel_up").GetBoolean());
        Assert.False(ikeSa.GetProperty("heuristic_state").GetProperty("tunnel_healthy").GetBoolean());
    }

    [Fact]
    public async Task A_tunnel_coming_back_up_gets_fresh_child_sas_and_counts_an_up_event()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, connection, tunnel) = FirstTunnel(api);
        var upEvents = tunnel.UpEvents;

        api.Fleet.SetTunnelState(tunnel.Uuid, "idle");
        api.Fleet.SetTunnelState(tunnel.Uuid, "established");
        var ikeSa = await IkeSaAsync(api, gateway, connection, tunnel);

        Assert.Equal(upEvents + 1, ikeSa!.Value.GetProperty("heuristic_state").GetProperty("up_events").GetInt64());
        Assert.True(ikeSa.Value.GetProperty("heuristic_state").GetProperty("tunnel_up").GetBoolean());
        Assert.Equal(0, ikeSa.Value.GetProperty("child_sas")[0].GetProperty("bytes_in").GetInt64());
    }

    [Fact]
    public async Task An_unknown_state_is_served_verbatim_as_a_down_tunnel_and_on_its_ike_sa_entry()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, connection, tunnel) = FirstTunnel(api);

        api.Fleet.SetTunnelState(tunnel.Uuid, "quantum-entangled");
        var served = await api.GetJsonAsync(Paths.Tunnel(gateway, connection, tunnel));
        var ikeSa = (await IkeSaAsync(api, gateway, connection, tunnel))!.Value;

        Assert.Equal("quantum-entangled", served.GetProperty("operational_state").GetString());
        Assert.Equal("quantum-entangled", ikeSa.GetProperty("operational_state").GetString());
        Assert.Equal(0, ikeSa.GetProperty("child_sas").GetArrayLength());
        Assert.False(ikeSa.GetProperty("heuristic_state").GetProperty("tunnel_up").GetBoolean());
    }

    [Fact]
    public async Task A_live_fleet_rekeys_flaps_tunnels_and_restarts_nodes_as_time_passes()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Live, o.Gateways) = (true, 4));
        var tunnels = api.Fleet.Gateways.SelectMany(g => g.Connections).SelectMany(c => c.Tunnels).ToList();
        var childSaIds = tunnels.SelectMany(t => t.IkeSa!.ChildSas).Select(sa => sa.UniqueId).ToHashSet();
        var downEvents = tunnels.Sum(t => t.DownEvents);
        var nodeStarts = api.Fleet.Gateways.SelectMany(g => g.NatNodes).Select(n => n.StartedAt).ToList();

        api.Time.Advance(TimeSpan.FromHours(5));
        api.Fleet.Advance();

        Assert.True(tunnels.Sum(t => t.DownEvents) > downEvents);
        Assert.DoesNotContain(tunnels.SelectMany(t => t.IkeSa!.ChildSas), sa => childSaIds.Contains(sa.UniqueId));
        Assert.NotEqual(nodeStarts, api.Fleet.Gateways.SelectMany(g => g.NatNodes).Select(n => n.StartedAt));
    }

    private static (SimGateway Gateway, SimConnection Connection, SimTunnel Tunnel) FirstTunnel(SimulatedCloud api)
    {
        var gateway = api.Fleet.Gateways[0];
        return (gateway, gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
    }

    private static async Task<JsonElement?> IkeSaAsync(SimulatedCloud api, SimGateway gateway, SimConnection connection, SimTunnel tunnel)
    {
        var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));
        return metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()
            .Select(sa => (JsonElement?)sa)
            .SingleOrDefault(sa => sa!.Value.GetProperty("name").GetString() == $"{connection.Name}/{tunnel.Name}");
    }
}
