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
    public async Task The_demo_fleet_always_has_two_tunnels_down_and_growing_nat_rejections()
    {
        await using var api = await RunningSimulator.StartAsync(options: SimulatorOptions.Demo());
        var nodes = api.Fleet.Gateways.SelectMany(g => g.NatNodes).ToList();
        var rejected = nodes.Sum(n => n.TotalRejected);

        for (var step = 0; step < 24; step++)
        {
            api.Time.Advance(TimeSpan.FromMinutes(15));
            api.Fleet.Advance();
            var tunnels = api.Fleet.Gateways.SelectMany(g => g.Connections).SelectMany(c => c.Tunnels).ToList();
            Assert.True(tunnels.Count(t => t.OperationalState != "established") >= 2);
            Assert.Contains(tunnels, t => t.OperationalState == "established" && t.IkeSa!.ChildSas.Sum(sa => sa.BytesIn) > 0);
        }

        Assert.True(rejected > 0);
        Assert.True(nodes.Sum(n => n.TotalRejected) > rejected);
        Assert.True(SimulatorOptions.Demo().Live);
        Assert.Null(SimulatorOptions.Demo().Username ?? SimulatorOptions.Demo().Token);
    }
}
