using System.Diagnostics;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Simulator.Tests;

public sealed class RequestLogTests
{
    [Fact]
    public async Task The_request_log_counts_per_route_template_and_resets()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];

        await api.GetBodyAsync("1.3/gateway");
        await api.GetBodyAsync(Paths.Metrics(gateway));
        await api.GetBodyAsync(Paths.Metrics(api.Fleet.Gateways[1]));
        await api.GetBodyAsync(Paths.Tunnel(gateway, gateway.Connections[0], gateway.Connections[0].Tunnels[0]));

        Assert.Equal(4, api.Simulator.Requests.Total);
        Assert.Equal(1, api.Simulator.Requests.Count(RouteTemplates.Gateways));
        Assert.Equal(2, api.Simulator.Requests.Count("/1.3/gateway/{uuid}/metrics"));
        Assert.Equal(1, api.Simulator.Requests.Count("/1.3/gateway/{uuid}/connections/{connection_uuid}/tunnels/{tunnel_uuid}"));
        api.Simulator.Requests.Reset();
        Assert.Equal(0, api.Simulator.Requests.Total);
        Assert.Equal(0, api.Simulator.Requests.Count(RouteTemplates.Metrics));
    }

    [Fact]
    public async Task The_configured_latency_delays_every_request()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Latency = TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        await api.GetBodyAsync("1.3/gateway");

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task The_base_address_is_loopback_with_a_trailing_slash()
    {
        await using var api = await SimulatedCloud.StartAsync();

        Assert.Equal("127.0.0.1", api.Simulator.BaseAddress.Host);
        Assert.NotEqual(0, api.Simulator.BaseAddress.Port);
        Assert.EndsWith("/", api.Simulator.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }
}
