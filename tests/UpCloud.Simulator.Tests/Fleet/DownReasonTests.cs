using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class DownReasonTests
{
    [Fact]
    public async Task The_demo_down_tunnels_say_why_with_distinct_messages_and_since_when()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var hq = api.Fleet.Gateways.Single(g => g.Name == "hq-fra1");

        var sas = await IkeSasAsync(api, hq);
        var connecting = sas["office-berlin/office-berlin-t2"];
        var idle = sas["partner-acme/partner-acme-t1"];

        Assert.Equal(("connecting", "connecting"), States(connecting));
        Assert.Equal(("idle", "created"), States(idle));
        foreach (var (sa, message, downFor) in new[] { (connecting, "IKE_SA_INIT: NO_PROPOSAL_CHOSEN", 3), (idle, "peer not responding: DPD timeout", 26) })
        {
            Assert.False(sa.TryGetProperty("established", out _));
            Assert.Equal(0, sa.GetProperty("child_sas").GetArrayLength());
            var heuristic = sa.GetProperty("heuristic_state");
            Assert.False(heuristic.GetProperty("tunnel_up").GetBoolean());
            Assert.False(heuristic.GetProperty("tunnel_healthy").GetBoolean());
            Assert.Equal(message, heuristic.GetProperty("last_down_message").GetString());
            Assert.Equal(Stamp(TestClock.Start - TimeSpan.FromHours(downFor)), heuristic.GetProperty("last_down_message_updated_at").GetString());
            // The outage alone logged a failed attempt every 20 s, on top of what earlier outages left.
            Assert.InRange(heuristic.GetProperty("log_message_bad_events").GetInt64(), downFor * 3600 / 20, (downFor * 3600 / 20) + 36);
        }
    }

    [Fact]
    public async Task The_demo_down_tunnels_count_bad_log_events_as_time_passes()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var hq = api.Fleet.Gateways.Single(g => g.Name == "hq-fra1");
        var before = BadEvents(await IkeSasAsync(api, hq));

        api.Time.Advance(TimeSpan.FromMinutes(10));
        var after = BadEvents(await IkeSasAsync(api, hq));

        Assert.Equal(before["office-berlin/office-berlin-t2"] + 30, after["office-berlin/office-berlin-t2"]);
        Assert.Equal(before["partner-acme/partner-acme-t1"] + 30, after["partner-acme/partner-acme-t1"]);
    }

    [Fact]
    public async Task Bad_log_events_grow_only_while_down_and_the_last_down_message_outlives_the_outage()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var gateway = api.Fleet.Gateways[0];
        var (connection, tunnel) = (gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
        var name = $"{connection.Name}/{tunnel.Name}";
        var initial = tunnel.LogMessageBadEvents;

        api.Fleet.SetTunnelState(tunnel.Uuid, "connecting");
        var wentDown = (await IkeSasAsync(api, gateway))[name].GetProperty("heuristic_state");
        api.Time.Advance(TimeSpan.FromMinutes(5));
        var whileDown = (await IkeSasAsync(api, gateway))[name].GetProperty("heuristic_state");
        api.Fleet.SetTunnelState(tunnel.Uuid, "established");
        api.Time.Advance(TimeSpan.FromMinutes(5));
        var backUp = (await IkeSasAsync(api, gateway))[name].GetProperty("heuristic_state");

        Assert.Equal(initial, wentDown.GetProperty("log_message_bad_events").GetInt64());
        Assert.Equal(initial + 15, whileDown.GetProperty("log_message_bad_events").GetInt64());
        Assert.Equal(initial + 15, backUp.GetProperty("log_message_bad_events").GetInt64());
        Assert.True(backUp.GetProperty("tunnel_up").GetBoolean());
        Assert.Equal(wentDown.GetProperty("last_down_message").GetString(), backUp.GetProperty("last_down_message").GetString());
        Assert.Equal(Stamp(TestClock.Start), backUp.GetProperty("last_down_message_updated_at").GetString());
    }

    [Fact]
    public async Task A_tunnel_that_never_went_down_serves_no_last_down_message()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var (connection, tunnel) = (gateway.Connections[0], gateway.Connections[0].Tunnels[0]);
        api.Fleet.Update(() => (tunnel.LastDownMessage, tunnel.LastDownMessageAt, tunnel.DownEvents) = (null, null, 0));

        var heuristic = (await IkeSasAsync(api, gateway))[$"{connection.Name}/{tunnel.Name}"].GetProperty("heuristic_state");

        Assert.False(heuristic.TryGetProperty("last_down_message", out _));
        Assert.False(heuristic.TryGetProperty("last_down_message_updated_at", out _));
        Assert.Equal(0, heuristic.GetProperty("down_events").GetInt64());
    }

    [Fact]
    public async Task A_live_tunnel_that_flaps_down_gets_a_strongswan_style_reason()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Live, o.Gateways) = (true, 4));
        var tunnels = api.Fleet.Gateways.SelectMany(g => g.Connections).SelectMany(c => c.Tunnels).ToList();
        var downAt = tunnels.ToDictionary(t => t.Uuid, t => t.LastDownMessageAt);

        api.Time.Advance(TimeSpan.FromHours(2));
        api.Fleet.Advance();

        var flapped = tunnels.Where(t => t.LastDownMessageAt != downAt[t.Uuid]).ToList();
        Assert.NotEmpty(flapped);
        Assert.All(flapped, t => Assert.Matches("^(peer not responding|IKE_SA_INIT|IKE_AUTH|giving up|CREATE_CHILD_SA)", t.LastDownMessage));
    }

    private static (string?, string?) States(JsonElement sa)
        => (sa.GetProperty("operational_state").GetString(), sa.GetProperty("internal_state").GetString());

    private static Dictionary<string, long> BadEvents(Dictionary<string, JsonElement> sas)
        => sas.ToDictionary(s => s.Key, s => s.Value.GetProperty("heuristic_state").GetProperty("log_message_bad_events").GetInt64());

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Dictionary<string, JsonElement>> IkeSasAsync(SimulatedCloud api, SimGateway gateway)
    {
        var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));
        return metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray().ToDictionary(sa => sa.GetProperty("name").GetString()!);
    }
}
