namespace UpCloud.Simulator.Tests.Fleet;

public sealed class NatCapacityTests
{
    [Fact]
    public async Task One_demo_node_stays_above_90_percent_of_its_plan_limit_while_every_other_node_stays_well_below()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var limits = (await api.GetJsonAsync(Paths.Plans)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => (double)p.GetProperty("per_gateway_max_connections").GetInt64());
        var usage = new Dictionary<string, List<double>>();

        for (var step = 0; step < 40; step++)
        {
            api.Time.Advance(TimeSpan.FromSeconds(97));
            foreach (var gateway in api.Fleet.Gateways)
            {
                var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));
                foreach (var node in metrics.GetProperty("gateways").EnumerateArray())
                {
                    var key = $"{gateway.Name}/{node.GetProperty("name").GetString()}";
                    var ratio = node.GetProperty("active_connections").GetInt64() / limits[gateway.Plan];
                    usage.TryAdd(key, []);
                    usage[key].Add(ratio);
                }
            }
        }

        var loaded = Assert.Single(usage, u => u.Value.Max() >= 0.9);
        Assert.Equal("egress-ams1/node-a", loaded.Key);
        Assert.All(loaded.Value, ratio => Assert.InRange(ratio, 0.92, 0.97));
        Assert.True(loaded.Value.Max() - loaded.Value.Min() > 0.01, "the loaded node's gauge should still move");
        Assert.All(usage.Where(u => u.Key != loaded.Key), u => Assert.True(u.Value.Max() < 0.5, $"{u.Key} peaks at {u.Value.Max():P0}"));
    }

    [Fact]
    public async Task A_node_swaying_around_a_baseline_near_the_limit_approaches_it_without_disturbing_the_totals()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Live = true);
        var gateway = api.Fleet.Gateways[0];
        var node = gateway.NatNodes[0];
        var accepted = node.TotalAccepted;
        api.Fleet.Update(() => (node.ActiveBaseline, node.SwayAmplitude) = (99_000, 0.01));

        api.Time.Advance(TimeSpan.FromSeconds(10));
        var served = (await api.GetJsonAsync(Paths.Metrics(gateway))).GetProperty("gateways")[0];

        Assert.InRange(served.GetProperty("active_connections").GetInt64(), 98_010, 99_990);
        Assert.Equal(accepted + (long)(node.AcceptedPerSecond * 10), served.GetProperty("total_accepted_connections").GetInt64());
    }
}
