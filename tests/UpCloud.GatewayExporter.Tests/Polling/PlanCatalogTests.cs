using Microsoft.Extensions.Time.Testing;
using UpCloud.Api;
using UpCloud.GatewayExporter.Polling;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class PlanCatalogTests
{
    private readonly FakeTimeProvider _time = TestClock.Frozen();

    [Fact]
    public async Task The_plans_are_read_once_and_again_only_after_an_hour()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        using var http = new HttpClient { BaseAddress = cloud.Simulator.BaseAddress };
        var catalog = new PlanCatalog(new UpCloudClient(http, UpCloudCredentials.Bearer(TestCredentials.Token)), _time);

        var (first, _) = await catalog.ReadAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        await catalog.ReadAsync(CancellationToken.None);
        Assert.Equal(1, cloud.Simulator.Requests.Count(RouteTemplates.Plans));
        _time.Advance(TimeSpan.FromMinutes(1));
        await catalog.ReadAsync(CancellationToken.None);

        Assert.Equal(2, cloud.Simulator.Requests.Count(RouteTemplates.Plans));
        Assert.Equal(250_000, first["ADVANCED"].PerGatewayMaxConnections);
    }

    [Fact]
    public async Task A_failed_read_keeps_the_plans_read_before_says_why_and_is_tried_again_at_the_next_poll()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 1);
        using var http = new HttpClient { BaseAddress = cloud.Simulator.BaseAddress };
        var catalog = new PlanCatalog(new UpCloudClient(http, UpCloudCredentials.Bearer(TestCredentials.Token)), _time);
        await catalog.ReadAsync(CancellationToken.None);
        _time.Advance(PlanCatalog.Refresh);
        var outage = cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Plans, Kind = FaultKind.Status, StatusCode = 403 });

        var (kept, error) = await catalog.ReadAsync(CancellationToken.None);
        cloud.Simulator.Faults.Remove(outage);
        var (_, recovered) = await catalog.ReadAsync(CancellationToken.None);

        Assert.Contains("HTTP 403", error!.Message, StringComparison.Ordinal);
        Assert.Equal(4, kept.Count);
        Assert.Null(recovered);
        Assert.Equal(3, cloud.Simulator.Requests.Count(RouteTemplates.Plans));
    }
}
