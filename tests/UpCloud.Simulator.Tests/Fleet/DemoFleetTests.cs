namespace UpCloud.Simulator.Tests.Fleet;

public sealed class DemoFleetTests
{
    [Fact]
    public async Task The_demo_fleet_has_named_gateways_an_ha_hub_and_a_nat_only_gateway()
    {
        await using var api = await RunningSimulator.StartAsync(options: SimulatorOptions.Demo());

        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.Equal(["hq-fra1", "branch-hel1", "lab-sto1", "egress-ams1"], list.EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        var hq = api.Fleet.Gateways[0];
        Assert.Equal(("advanced", 2, 3), (hq.Plan, hq.NatNodes.Count, hq.Connections.Count));
        Assert.Equal(("development", 1), (api.Fleet.Gateways[2].Plan, api.Fleet.Gateways[2].NatNodes.Count));
        Assert.Equal(["nat"], api.Fleet.Gateways[3].Features);
    }

    [Fact]
    public async Task The_demo_fleet_always_has_two_tunnels_down_and_traffic_flowing()
    {
        await using var api = await RunningSimulator.StartAsync(options: SimulatorOptions.Demo());

        for (var step = 0; step < 24; step++)
        {
            api.Time.Advance(TimeSpan.FromMinutes(15));
            api.Fleet.Advance();
            var tunnels = api.Fleet.Gateways.SelectMany(g => g.Connections).SelectMany(c => c.Tunnels).ToList();
            Assert.True(tunnels.Count(t => t.OperationalState != "established") >= 2);
            Assert.Contains(tunnels, t => t.OperationalState == "established" && t.IkeSa!.ChildSas.Sum(sa => sa.BytesIn) > 0);
        }
    }

    [Fact]
    public async Task The_demo_fleet_has_nat_rejections_that_grow_within_minutes()
    {
        await using var api = await RunningSimulator.StartAsync(options: SimulatorOptions.Demo());
        var nodes = api.Fleet.Gateways.SelectMany(g => g.NatNodes).ToList();
        var rejected = nodes.Select(n => n.TotalRejected).ToList();

        api.Time.Advance(TimeSpan.FromMinutes(5));
        api.Fleet.Advance();

        Assert.All(rejected, total => Assert.True(total > 0));
        Assert.All(nodes.Zip(rejected), pair => Assert.True(pair.First.TotalRejected > pair.Second));
    }

    [Fact]
    public void The_demo_options_are_live_and_need_no_credentials()
    {
        var demo = SimulatorOptions.Demo();

        Assert.True(demo.Live);
        Assert.Null(demo.Username ?? demo.Password ?? demo.Token);
    }
}
