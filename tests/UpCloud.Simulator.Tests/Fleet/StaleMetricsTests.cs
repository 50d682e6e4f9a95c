using System.Globalization;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class StaleMetricsTests
{
    [Fact]
    public async Task The_demo_stale_gateway_serves_the_same_metrics_from_before_the_start_while_the_others_advance()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var stale = Assert.Single(api.Fleet.Gateways, g => g.MetricsFrozenAt is not null);
        var fresh = api.Fleet.Gateways.Where(g => g != stale).ToList();
        var before = await api.GetBodyAsync(Paths.Metrics(stale));

        api.Time.Advance(TimeSpan.FromMinutes(20));
        var after = await api.GetBodyAsync(Paths.Metrics(stale));
        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.Equal("lab-sto1", stale.Name);
        Assert.Equal(before, after);
        var stamps = UpdatedAts(JsonDocument.Parse(after).RootElement).Distinct().ToList();
        Assert.True(Assert.Single(stamps) <= TestClock.Start - TimeSpan.FromMinutes(15), $"stale since {stamps[0]:O}");
        Assert.Contains(list.EnumerateArray(), g => g.GetProperty("uuid").GetString() == stale.Uuid);
        foreach (var gateway in fresh)
        {
            var stampsNow = UpdatedAts(await api.GetJsonAsync(Paths.Metrics(gateway))).ToList();
            Assert.All(stampsNow, at => Assert.InRange(at, api.Time.GetUtcNow() - TimeSpan.FromSeconds(60), api.Time.GetUtcNow()));
        }
    }

    [Fact]
    public async Task A_stale_gateway_still_answers_every_route_normally()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var stale = api.Fleet.Gateways.Single(g => g.MetricsFrozenAt is not null);
        var connection = stale.Connections[0];

        Assert.Equal(stale.Name, (await api.GetJsonAsync(Paths.Gateway(stale))).GetProperty("name").GetString());
        Assert.Equal("established", (await api.GetJsonAsync(Paths.Tunnel(stale, connection, connection.Tunnels[0]))).GetProperty("operational_state").GetString());
        Assert.Equal(stale.NatNodes.Count, (await api.GetJsonAsync(Paths.Metrics(stale))).GetProperty("gateways").GetArrayLength());
    }

    [Fact]
    public async Task Freezing_a_gateway_stops_its_counters_and_stamps_and_thawing_catches_up_exactly()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.WireVariants = false);
        var gateway = api.Fleet.Gateways[0];
        var node = gateway.NatNodes[0];
        var frozenAt = TestClock.Start - TimeSpan.FromMinutes(1);
        var accepted = node.TotalAccepted;

        api.Fleet.Update(() => gateway.MetricsFrozenAt = frozenAt);
        api.Time.Advance(TimeSpan.FromMinutes(10));
        var frozen = await api.GetJsonAsync(Paths.Metrics(gateway));
        api.Fleet.Update(() => gateway.MetricsFrozenAt = null);
        var thawed = await api.GetJsonAsync(Paths.Metrics(gateway));

        Assert.All(UpdatedAts(frozen), at => Assert.Equal(frozenAt, at));
        Assert.Equal(accepted, frozen.GetProperty("gateways")[0].GetProperty("total_accepted_connections").GetInt64());
        Assert.Equal(accepted + (long)(node.AcceptedPerSecond * 600), thawed.GetProperty("gateways")[0].GetProperty("total_accepted_connections").GetInt64());
        Assert.All(UpdatedAts(thawed), at => Assert.InRange(at, api.Time.GetUtcNow() - TimeSpan.FromSeconds(30), api.Time.GetUtcNow()));
    }

    [Fact]
    public async Task A_healthy_collector_stamps_advance_with_the_clock_on_a_30_second_beat()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[1];
        var first = UpdatedAts(await api.GetJsonAsync(Paths.Metrics(gateway))).Min();

        api.Time.Advance(TimeSpan.FromSeconds(90));
        var later = UpdatedAts(await api.GetJsonAsync(Paths.Metrics(gateway))).Min();

        Assert.Equal(TimeSpan.FromSeconds(90), later - first);
        Assert.InRange(later, api.Time.GetUtcNow() - TimeSpan.FromSeconds(30), api.Time.GetUtcNow());
    }

    // Every updated_at of a metrics body: nodes, IKE SAs, their child SAs and heuristic states.
    private static IEnumerable<DateTimeOffset> UpdatedAts(JsonElement metrics)
    {
        var sas = metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas");
        var objects = metrics.GetProperty("gateways").EnumerateArray().ToList();
        if (sas.ValueKind == JsonValueKind.Array)
        {
            foreach (var sa in sas.EnumerateArray())
            {
                objects.Add(sa);
                objects.Add(sa.GetProperty("heuristic_state"));
                objects.AddRange(sa.GetProperty("child_sas").EnumerateArray());
            }
        }

        return objects.Select(o => DateTimeOffset.Parse(o.GetProperty("updated_at").GetString()!, CultureInfo.InvariantCulture));
    }
}
