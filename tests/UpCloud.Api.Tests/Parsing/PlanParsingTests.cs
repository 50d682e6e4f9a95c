using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class PlanParsingTests
{
    [Fact]
    public async Task The_plans_list_reads_every_recorded_field_and_asks_the_plans_route_once()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/plans.json"));

        var plans = await api.Client.Plans.ListAsync();

        api.AssertOnlyRequest(UpCloudRoutes.Plans, "/1.3/gateway/plans");
        var advanced = plans[0];
        Assert.Equal(("advanced", 2000L, 400000L, 800L, 2, 12), (advanced.Name, advanced.PerGatewayBandwidthMbps!.Value, advanced.PerGatewayMaxConnections!.Value,
            advanced.PerGatewayMaximumVpnBandwidthMbps!.Value, advanced.ServerNumber!.Value, advanced.VpnTunnelAmount!.Value));
        Assert.Equal(["nat", "vpn"], advanced.SupportedFeatures!);
        Assert.Equal(0, plans[1].PerGatewayMaximumVpnBandwidthMbps);
    }

    [Fact]
    public async Task A_plan_without_a_vpn_bandwidth_or_with_odd_values_keeps_what_it_has()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/plans.json"));

        var legacy = (await api.Client.Plans.ListAsync())[2];

        Assert.Equal(("legacy", 1000L), (legacy.Name, legacy.PerGatewayMaxConnections!.Value));
        Assert.Null(legacy.PerGatewayMaximumVpnBandwidthMbps);
        Assert.Null(legacy.VpnTunnelAmount);
        Assert.Equal(["nat"], legacy.SupportedFeatures!);
    }
}
