using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class SaTimerTests
{
    [Fact]
    public async Task Child_sa_timers_count_with_the_clock_and_start_over_on_a_rekey()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, _, tunnel) = FirstTunnel(api);
        var before = await ChildSaAsync(api, gateway, tunnel);

        api.Time.Advance(TimeSpan.FromSeconds(100));
        var later = await ChildSaAsync(api, gateway, tunnel);
        api.Fleet.Rekey(tunnel.Uuid);
        var rekeyed = await ChildSaAsync(api, gateway, tunnel);

        Assert.Equal(Timers(before).RekeyIn - 100, Timers(later).RekeyIn);
        Assert.Equal(Timers(before).LifeLeft - 100, Timers(later).LifeLeft);
        Assert.Equal(Timers(before).Installed + 100, Timers(later).Installed);
        Assert.Equal(0, Timers(rekeyed).Installed);
        Assert.Equal(1584, Timers(rekeyed).LifeLeft);
        Assert.InRange(Timers(rekeyed).RekeyIn, 1296, 1440);
        Assert.Equal("installed", rekeyed.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_live_child_sa_is_rekeyed_when_its_rekey_time_runs_out()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Live = true);
        var (gateway, _, tunnel) = FirstTunnel(api);
        api.Fleet.Update(() => tunnel.Flaps = false);
        var before = await ChildSaAsync(api, gateway, tunnel);

        api.Time.Advance(TimeSpan.FromSeconds(Timers(before).RekeyIn + 1));
        var after = await ChildSaAsync(api, gateway, tunnel);

        Assert.NotEqual(before.GetProperty("unique_id").GetString(), after.GetProperty("unique_id").GetString());
        Assert.Equal(1, Timers(after).Installed);
        Assert.Equal(1583, Timers(after).LifeLeft);
    }

    [Fact]
    public async Task Child_sas_installed_after_a_settings_change_follow_the_new_child_rekey_time()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, _, tunnel) = FirstTunnel(api);

        api.Fleet.Update(() => tunnel.Ipsec.ChildRekeyTime = 3600);
        api.Fleet.Rekey(tunnel.Uuid);
        var rekeyed = await ChildSaAsync(api, gateway, tunnel);

        Assert.Equal(3960, Timers(rekeyed).LifeLeft);
        Assert.InRange(Timers(rekeyed).RekeyIn, 3240, 3600);
    }

    [Fact]
    public async Task The_ike_sa_rekeys_on_the_tunnels_schedule_and_ikev1_reauthenticates_instead()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (gateway, _, tunnel) = FirstTunnel(api);
        var before = await IkeSaAsync(api, gateway, tunnel);
        var established = before.GetProperty("established").GetInt64();

        api.Time.Advance(TimeSpan.FromSeconds(60));
        var later = await IkeSaAsync(api, gateway, tunnel);
        api.Fleet.Update(() => tunnel.IkeVersion = 1);
        var ikev1 = await IkeSaAsync(api, gateway, tunnel);

        Assert.Equal((2, 14_400 - (established % 14_400), 0L), (before.GetProperty("version").GetInt32(), before.GetProperty("rekey_time").GetInt64(), before.GetProperty("reauth_time").GetInt64()));
        Assert.Equal(established + 60, later.GetProperty("established").GetInt64());
        Assert.Equal(before.GetProperty("rekey_time").GetInt64() - 60, later.GetProperty("rekey_time").GetInt64());
        Assert.Equal((1, 0L, later.GetProperty("rekey_time").GetInt64()), (ikev1.GetProperty("version").GetInt32(), ikev1.GetProperty("rekey_time").GetInt64(), ikev1.GetProperty("reauth_time").GetInt64()));
        Assert.True(ikev1.GetProperty("initator").GetBoolean());
        Assert.Equal("established", ikev1.GetProperty("internal_state").GetString());
    }

    private static (long RekeyIn, long LifeLeft, long Installed) Timers(JsonElement childSa)
        => (childSa.GetProperty("rekey_time").GetInt64(), childSa.GetProperty("life_time").GetInt64(), childSa.GetProperty("install_time").GetInt64());

    private static (SimGateway Gateway, SimConnection Connection, SimTunnel Tunnel) FirstTunnel(SimulatedCloud api)
    {
        var gateway = api.Fleet.Gateways[0];
        return (gateway, gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
    }

    private static async Task<JsonElement> IkeSaAsync(SimulatedCloud api, SimGateway gateway, SimTunnel tunnel)
    {
        var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));
        return metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()
            .Single(sa => sa.GetProperty("name").GetString() == $"{gateway.Connections[0].Name}/{tunnel.Name}");
    }

    private static async Task<JsonElement> ChildSaAsync(SimulatedCloud api, SimGateway gateway, SimTunnel tunnel)
        => (await IkeSaAsync(api, gateway, tunnel)).GetProperty("child_sas")[0];
}
