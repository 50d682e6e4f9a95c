using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class TrafficTests
{
    [Fact]
    public async Task Child_sa_traffic_and_nat_totals_accrue_exactly_rate_times_elapsed()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var childSa = gateway.Connections[0].Tunnels[0].IkeSa!.ChildSas[0];
        var node = gateway.NatNodes[0];
        var before = await FirstChildSaAsync(api, gateway);
        var acceptedBefore = node.TotalAccepted;

        api.Time.Advance(TimeSpan.FromSeconds(10));
        var after = await FirstChildSaAsync(api, gateway);

        Assert.Equal(before.GetProperty("bytes_in").GetInt64() + (long)(childSa.BytesInPerSecond * 10), after.GetProperty("bytes_in").GetInt64());
        Assert.Equal(before.GetProperty("bytes_out").GetInt64() + (long)(childSa.BytesOutPerSecond * 10), after.GetProperty("bytes_out").GetInt64());
        Assert.Equal(before.GetProperty("packets_in").GetInt64() + (long)(childSa.PacketsInPerSecond * 10), after.GetProperty("packets_in").GetInt64());
        Assert.Equal(acceptedBefore + (long)(node.AcceptedPerSecond * 10), node.TotalAccepted);
        Assert.Equal(childSa.BytesIn, after.GetProperty("bytes_in").GetInt64());
    }

    [Fact]
    public async Task Many_small_steps_accrue_exactly_as_much_as_one_big_step()
    {
        await using var stepped = await SimulatedCloud.StartAsync();
        await using var jumped = await SimulatedCloud.StartAsync();

        for (var i = 0; i < 40; i++)
        {
            stepped.Time.Advance(TimeSpan.FromMilliseconds(250));
            await stepped.GetJsonAsync(Paths.Metrics(stepped.Fleet.Gateways[0]));
        }

        jumped.Time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(
            await jumped.GetBodyAsync(Paths.Metrics(jumped.Fleet.Gateways[0])),
            await stepped.GetBodyAsync(Paths.Metrics(stepped.Fleet.Gateways[0])));
    }

    [Fact]
    public async Task A_live_fleet_on_a_clock_that_never_moves_never_changes()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Live = true);
        var metricsPath = Paths.Metrics(api.Fleet.Gateways[0]);
        var list = await api.GetBodyAsync("1.3/gateway");
        var metrics = await api.GetBodyAsync(metricsPath);

        api.Fleet.Advance();

        Assert.Equal(list, await api.GetBodyAsync("1.3/gateway"));
        Assert.Equal(metrics, await api.GetBodyAsync(metricsPath));
    }

    [Fact]
    public async Task Rekey_installs_child_sas_with_new_unique_ids_and_spis_and_counters_from_zero()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var tunnel = gateway.Connections[0].Tunnels[0];
        var before = await FirstChildSaAsync(api, gateway);

        api.Fleet.Rekey(tunnel.Uuid);
        var rekeyed = await FirstChildSaAsync(api, gateway);
        api.Time.Advance(TimeSpan.FromSeconds(5));
        var later = await FirstChildSaAsync(api, gateway);

        Assert.NotEqual(before.GetProperty("unique_id").GetString(), rekeyed.GetProperty("unique_id").GetString());
        Assert.NotEqual(before.GetProperty("spi_in").GetString(), rekeyed.GetProperty("spi_in").GetString());
        Assert.NotEqual(before.GetProperty("spi_out").GetString(), rekeyed.GetProperty("spi_out").GetString());
        Assert.Equal(0, rekeyed.GetProperty("bytes_in").GetInt64());
        Assert.Equal(0, rekeyed.GetProperty("packets_out").GetInt64());
        Assert.Equal(0, rekeyed.GetProperty("install_time").GetInt64());
        Assert.Equal((long)(tunnel.IkeSa!.ChildSas[0].BytesInPerSecond * 5), later.GetProperty("bytes_in").GetInt64());
    }

    [Fact]
    public async Task Restarting_a_node_restarts_its_nat_totals_from_zero()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var gateway = api.Fleet.Gateways[0];
        var node = gateway.NatNodes[1];
        Assert.True(node.TotalAccepted > 0);

        api.Fleet.RestartNode(gateway.Uuid, "node-b");
        var restarted = (await api.GetJsonAsync(Paths.Metrics(gateway))).GetProperty("gateways")[1];
        api.Time.Advance(TimeSpan.FromSeconds(10));
        var later = (await api.GetJsonAsync(Paths.Metrics(gateway))).GetProperty("gateways")[1];

        Assert.Equal(0, restarted.GetProperty("total_accepted_connections").GetInt64());
        Assert.Equal(0, restarted.GetProperty("total_rejected_sessions").GetInt64());
        Assert.Equal((long)(node.AcceptedPerSecond * 10), later.GetProperty("total_accepted_connections").GetInt64());
        Assert.True((await api.GetJsonAsync(Paths.Metrics(gateway))).GetProperty("gateways")[0].GetProperty("total_accepted_connections").GetInt64() > 0);
    }

    private static async Task<JsonElement> FirstChildSaAsync(SimulatedCloud api, SimGateway gateway)
    {
        var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));
        var name = $"{gateway.Connections[0].Name}/{gateway.Connections[0].Tunnels[0].Name}";
        return metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()
            .Single(sa => sa.GetProperty("name").GetString() == name)
            .GetProperty("child_sas")[0];
    }
}
