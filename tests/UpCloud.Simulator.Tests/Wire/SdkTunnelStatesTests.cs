using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Wire;

public sealed class SdkTunnelStatesTests
{
    [Fact]
    public async Task An_established_tunnel_reads_rekeying_then_rekeyed_then_established_around_each_IKE_rekey()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Gateways, o.WireVariants) = (1, false));
        var gateway = api.Fleet.Gateways[0];
        var tunnel = gateway.Connections[0].Tunnels[0];
        api.Fleet.Update(() => gateway.Wire.SdkTunnelStates = true);
        api.Fleet.SetTunnelState(tunnel.Uuid, "connecting");
        api.Fleet.SetTunnelState(tunnel.Uuid, "established");
        var rekeyTime = TimeSpan.FromSeconds(tunnel.Ipsec.RekeyTime);

        List<(string Tunnel, string IkeSa)> seen = [];
        foreach (var at in new[] { rekeyTime - TimeSpan.FromSeconds(1), rekeyTime, rekeyTime + TimeSpan.FromSeconds(12), rekeyTime + TimeSpan.FromSeconds(25), (2 * rekeyTime) + TimeSpan.FromSeconds(3) })
        {
            api.Time.SetUtcNow(TestClock.Start + at);
            seen.Add((await TunnelStateAsync(api, tunnel.Name), (await IkeSaAsync(api, gateway, tunnel.Name)).GetProperty("operational_state").GetString()!));
        }

        Assert.Equal(
            [("established", "established"), ("rekeying", "rekeying"), ("rekeyed", "rekeyed"), ("established", "established"), ("rekeying", "rekeying")],
            seen);
    }

    [Fact]
    public async Task An_idle_tunnel_reads_uninitialized_as_the_API_sent_in_2024()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Gateways, o.WireVariants) = (1, false));
        var gateway = api.Fleet.Gateways[0];
        var tunnel = gateway.Connections[0].Tunnels[0];
        api.Fleet.Update(() => gateway.Wire.SdkTunnelStates = true);

        api.Fleet.SetTunnelState(tunnel.Uuid, "idle");

        Assert.Equal("uninitialized", await TunnelStateAsync(api, tunnel.Name));
        Assert.Equal("uninitialized", (await IkeSaAsync(api, gateway, tunnel.Name)).GetProperty("operational_state").GetString());
    }

    [Fact]
    public async Task Without_the_variant_a_tunnel_in_its_rekey_reads_established()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Gateways, o.WireVariants) = (1, false));
        var tunnel = api.Fleet.Gateways[0].Connections[0].Tunnels[0];
        api.Fleet.SetTunnelState(tunnel.Uuid, "connecting");
        api.Fleet.SetTunnelState(tunnel.Uuid, "established");

        api.Time.SetUtcNow(TestClock.Start + TimeSpan.FromSeconds(tunnel.Ipsec.RekeyTime + 1));

        Assert.Equal("established", await TunnelStateAsync(api, tunnel.Name));
    }

    private static async Task<string> TunnelStateAsync(SimulatedCloud api, string tunnel) =>
        (await api.GetJsonAsync("1.3/gateway")).EnumerateArray()
            .SelectMany(g => g.GetProperty("connections").EnumerateArray())
            .SelectMany(c => c.GetProperty("tunnels").EnumerateArray())
            .Single(t => t.GetProperty("name").GetString() == tunnel)
            .GetProperty("operational_state").GetString()!;

    private static async Task<JsonElement> IkeSaAsync(SimulatedCloud api, SimGateway gateway, string tunnel) =>
        (await api.GetJsonAsync(Paths.Metrics(gateway))).GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()
            .Single(sa => sa.GetProperty("name").GetString()!.EndsWith("/" + tunnel, StringComparison.Ordinal));
}
