using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.Simulator.Tests.Endpoints;

public sealed class PlanTests
{
    [Fact]
    public async Task The_plans_route_serves_the_recorded_plan_table_as_a_bare_array()
    {
        await using var api = await SimulatedCloud.StartAsync();

        var plans = await api.GetJsonAsync(Paths.Plans);

        Assert.Equal(JsonValueKind.Array, plans.ValueKind);
        Assert.Equal(["advanced", "development", "production", "standard"], plans.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var advanced = plans[0];
        Assert.Equal(
            ["name", "per_gateway_bandwidth_mbps", "per_gateway_max_connections", "per_gateway_maximum_vpn_bandwidth_mbps", "server_number", "supported_features", "vpn_tunnel_amount"],
            advanced.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1000, 250_000L, 500, 2, 10), (
            advanced.GetProperty("per_gateway_bandwidth_mbps").GetInt32(), advanced.GetProperty("per_gateway_max_connections").GetInt64(),
            advanced.GetProperty("per_gateway_maximum_vpn_bandwidth_mbps").GetInt32(), advanced.GetProperty("server_number").GetInt32(),
            advanced.GetProperty("vpn_tunnel_amount").GetInt32()));
        Assert.Equal(["nat", "vpn"], advanced.GetProperty("supported_features").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal([10_000L, 100_000L, 100_000L], plans.EnumerateArray().Skip(1).Select(p => p.GetProperty("per_gateway_max_connections").GetInt64()));
        Assert.Equal(["nat"], plans[1].GetProperty("supported_features").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Plans_is_its_own_route_and_not_a_gateway_named_plans()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        api.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateway, Kind = FaultKind.Status, StatusCode = 503 });

        var plans = await api.GetJsonAsync(Paths.Plans);
        using var one = await api.GetAsync(Paths.Gateway(gateway));

        Assert.Equal(JsonValueKind.Array, plans.ValueKind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, one.StatusCode);
        Assert.Equal(1, api.Simulator.Requests.Count(RouteTemplates.Plans));
        Assert.Equal(1, api.Simulator.Requests.Count(RouteTemplates.Gateway));
    }

    [Fact]
    public async Task A_test_can_change_a_limit_drop_the_newer_field_and_remove_a_plan()
    {
        await using var api = await SimulatedCloud.StartAsync();

        api.Fleet.Update(() =>
        {
            var advanced = api.Fleet.Plans.Single(p => p.Name == "advanced");
            (advanced.PerGatewayMaxConnections, advanced.PerGatewayMaximumVpnBandwidthMbps) = (100_000, null);
            api.Fleet.Plans.RemoveAll(p => p.Name == "production");
        });
        var plans = await api.GetJsonAsync(Paths.Plans);

        Assert.Equal(["advanced", "development", "standard"], plans.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(100_000, plans[0].GetProperty("per_gateway_max_connections").GetInt64());
        Assert.False(plans[0].TryGetProperty("per_gateway_maximum_vpn_bandwidth_mbps", out _));
    }

    [Fact]
    public async Task Each_fleet_starts_from_its_own_copy_of_the_recorded_table()
    {
        await using var edited = await SimulatedCloud.StartAsync();
        await using var untouched = await SimulatedCloud.StartAsync();

        edited.Fleet.Plans.Clear();

        Assert.Empty((await edited.GetJsonAsync(Paths.Plans)).EnumerateArray());
        Assert.Equal(4, (await untouched.GetJsonAsync(Paths.Plans)).GetArrayLength());
    }

    [Fact]
    public async Task The_plans_route_demands_the_same_credentials_as_every_other_route()
    {
        await using var api = await SimulatedCloud.StartAsync();

        using var anonymousClient = new HttpClient { BaseAddress = api.Simulator.BaseAddress };
        using var anonymous = await anonymousClient.GetAsync(Paths.Plans);
        using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Plans);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestCredentials.Token);
        using var authorized = await api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, authorized.StatusCode);
        Assert.Equal(2, api.Simulator.Requests.Count(RouteTemplates.Plans));
    }

    [Fact]
    public async Task A_fault_on_the_plans_route_hits_it_alone_and_gateway_scoped_faults_never_hit_it()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { GatewayUuid = api.Fleet.Gateways[0].Uuid, Kind = FaultKind.Status });
        using var unscoped = await api.GetAsync(Paths.Plans);
        api.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Plans, Kind = FaultKind.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(3) });

        using var limited = await api.GetAsync(Paths.Plans);
        using var list = await api.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.OK, unscoped.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }
}
