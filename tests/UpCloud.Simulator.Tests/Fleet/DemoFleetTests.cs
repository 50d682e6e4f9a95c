using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Fleet;

public sealed class DemoFleetTests
{
    [Fact]
    public async Task The_demo_fleet_has_named_gateways_an_ha_hub_a_nat_only_gateway_and_one_stopped_on_purpose()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());

        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.Equal(["hq-fra1", "branch-hel1", "lab-sto1", "egress-ams1", "staging-waw1"], list.EnumerateArray().Select(g => g.GetProperty("name").GetString()));
        var hq = api.Fleet.Gateways[0];
        Assert.Equal(("advanced", 2, 3), (hq.Plan, hq.NatNodes.Count, hq.Connections.Count));
        Assert.Equal(("development", 1), (api.Fleet.Gateways[2].Plan, api.Fleet.Gateways[2].NatNodes.Count));
        Assert.Equal(["nat"], api.Fleet.Gateways[3].Features);
        var stopped = list.EnumerateArray().Last();
        Assert.Equal(("stopped", "stopped"), (stopped.GetProperty("configured_status").GetString(), stopped.GetProperty("operational_state").GetString()));
        Assert.All(list.EnumerateArray().SkipLast(1), g => Assert.Equal("started", g.GetProperty("configured_status").GetString()));
    }

    [Fact]
    public async Task The_gateway_stopped_on_purpose_serves_metrics_without_nodes_or_IKE_SAs_and_its_tunnel_down()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var stopped = api.Fleet.Gateways.Single(g => g.ConfiguredStatus == "stopped");

        var metrics = await api.GetJsonAsync(Paths.Metrics(stopped));

        Assert.Equal(0, metrics.GetProperty("gateways").GetArrayLength());
        Assert.Equal(0, metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas").GetArrayLength());
        Assert.All(stopped.Connections.SelectMany(c => c.Tunnels), t => Assert.Equal("idle", t.OperationalState));
    }

    [Fact]
    public async Task The_demo_fleet_always_has_two_tunnels_down_and_traffic_flowing()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());

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
    public async Task The_demo_fleet_has_nat_rejections_that_grow_within_minutes_except_on_its_stale_gateway()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var nodes = api.Fleet.Gateways.SelectMany(g => g.NatNodes.Select(n => (Node: n, Stale: g.MetricsFrozenAt is not null))).ToList();
        var rejected = nodes.Select(n => n.Node.TotalRejected).ToList();

        api.Time.Advance(TimeSpan.FromMinutes(5));
        api.Fleet.Advance();

        Assert.All(rejected, total => Assert.True(total > 0));
        Assert.All(nodes.Zip(rejected), pair => Assert.Equal(!pair.First.Stale, pair.First.Node.TotalRejected > pair.Second));
        Assert.Single(nodes, n => n.Stale);
    }

    [Fact]
    public async Task Every_started_demo_gateway_runs_a_served_plan_with_as_many_nodes_as_the_plan_says()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());

        var plans = (await api.GetJsonAsync(Paths.Plans)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("server_number").GetInt32());

        Assert.All(api.Fleet.Gateways.Where(g => g.ConfiguredStatus == "started"), g => Assert.Equal(plans[g.Plan], g.NatNodes.Count));
    }

    [Fact]
    public async Task Two_demo_fleets_on_the_same_clock_serve_identical_bodies()
    {
        await using var first = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        await using var second = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        first.Time.Advance(TimeSpan.FromMinutes(40));
        second.Time.Advance(TimeSpan.FromMinutes(40));

        Assert.Equal(await first.GetBodyAsync("1.3/gateway"), await second.GetBodyAsync("1.3/gateway"));
        for (var i = 0; i < first.Fleet.Gateways.Count; i++)
        {
            Assert.Equal(
                await first.GetBodyAsync(Paths.Metrics(first.Fleet.Gateways[i])),
                await second.GetBodyAsync(Paths.Metrics(second.Fleet.Gateways[i])));
        }
    }

    [Fact]
    public async Task The_demo_has_a_one_way_tunnel_an_established_tunnel_without_a_child_SA_and_a_gateway_over_its_plan()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var oneWay = Tunnel(api, "branch-hel1", "hq-t2");

        // Two hours: longer than a child SA lives, so every child SA then was installed since, counting from zero.
        for (var step = 0; step < 8; step++)
        {
            api.Time.Advance(TimeSpan.FromMinutes(15));
            api.Fleet.Advance();
        }

        Assert.Equal("established", oneWay.OperationalState);
        Assert.NotEmpty(oneWay.IkeSa!.ChildSas);
        Assert.All(oneWay.IkeSa.ChildSas, sa => Assert.Equal((0, 0), (sa.BytesIn, sa.PacketsIn)));
        Assert.All(oneWay.IkeSa.ChildSas, sa => Assert.True(sa.BytesOut > 0 && sa.InstalledAt > TestClock.Start));
        var noChildSa = Tunnel(api, "hq-fra1", "aws-eu-central-t2");
        Assert.Equal("established", noChildSa.OperationalState);
        Assert.NotNull(noChildSa.IkeSa!.EstablishedAt);
        Assert.Empty(noChildSa.IkeSa.ChildSas);
        var lab = api.Fleet.Gateways.Single(g => g.Name == "lab-sto1");
        Assert.True(lab.Connections.Sum(c => c.Tunnels.Count) > api.Fleet.Plans.Single(p => p.Name == lab.Plan).VpnTunnelAmount);
    }

    [Fact]
    public async Task The_demo_audit_log_holds_a_recent_maintenance_an_API_change_on_another_gateway_and_older_changes()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        string NameOf(string? uuid) => api.Fleet.Gateways.Single(g => g.Uuid == uuid).Name;

        var recent = (await api.GetJsonAsync($"{Paths.AuditLogs}?resource_types=network-gateway&created_after={Uri.EscapeDataString("2026-12-01T11:30:00Z")}"))
            .GetProperty("audit_logs").EnumerateArray()
            .Select(e => (Gateway: NameOf(e.GetProperty("resource_id").GetString()), Action: e.GetProperty("action").GetString(), Origin: e.GetProperty("origin").GetString()))
            .ToList();

        Assert.Equal([("hq-fra1", "update", "upcloud_internal"), ("hq-fra1", "maintenance-start", "upcloud_internal"), ("branch-hel1", "update", "api")], recent);
        Assert.Equal([("staging-waw1", "stop", "gui", TimeSpan.FromDays(2)), ("lab-sto1", "update", "gui", TimeSpan.FromHours(5))],
            api.Fleet.AuditLog.Events.Take(2).Select(e => (NameOf(e.ResourceId), e.Action, e.Origin, TestClock.Start - e.Time)));
    }

    [Fact]
    public async Task The_demo_maintenance_recurs_every_two_hours_once_the_clock_reaches_it()
    {
        await using var api = await SimulatedCloud.StartAsync(options: SimulatorOptions.Demo());
        var hq = api.Fleet.Gateways.Single(g => g.Name == "hq-fra1").Uuid;
        DateTimeOffset[] Maintenances() => [.. api.Fleet.AuditLog.Events.Where(e => e.ResourceId == hq && e.Action == "maintenance-start").Select(e => e.Time)];
        var first = TestClock.Start - TimeSpan.FromMinutes(12);

        var atStart = Maintenances();
        api.Time.Advance(TimeSpan.FromMinutes(107));
        var justBefore = Maintenances();
        api.Time.Advance(TimeSpan.FromMinutes(4 * 60 + 1));

        Assert.Equal([first], atStart);
        Assert.Equal([first], justBefore);
        Assert.Equal([first, first.AddHours(2), first.AddHours(4), first.AddHours(6)], Maintenances());
    }

    [Fact]
    public void The_demo_options_are_live_and_need_no_credentials()
    {
        var demo = SimulatorOptions.Demo();

        Assert.True(demo.Live);
        Assert.Null(demo.Username ?? demo.Password ?? demo.Token);
    }

    private static SimTunnel Tunnel(SimulatedCloud api, string gateway, string tunnel) =>
        api.Fleet.Gateways.Single(g => g.Name == gateway).Connections.SelectMany(c => c.Tunnels).Single(t => t.Name == tunnel);
}
