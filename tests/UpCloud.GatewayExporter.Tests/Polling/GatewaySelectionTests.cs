using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class GatewaySelectionTests
{
    [Fact]
    public async Task Three_shards_of_one_fleet_together_export_every_gateway_exactly_once()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 30, options => options.ConnectionsPerGateway = 1);
        var shards = new List<RunningExporter>();
        try
        {
            for (var index = 0; index < 3; index++)
            {
                shards.Add(await cloud.StartExporterAsync(bearer: index == 1, extra: ["--EXPORTER_SHARD", $"{index}/3"]));
            }

            var exported = new List<List<string>>();
            foreach (var shard in shards)
            {
                var text = await shard.WaitForPollsAsync(1);
                exported.Add([.. text.Named(GatewayInfo).Select(s => s["gateway_uuid"])]);
                Assert.All(text.Named(GatewayInfo), s => ExpositionAssert.Exported(text, cloud.Gateways.Single(g => g.Uuid == s["gateway_uuid"])));
            }

            Assert.Equal(cloud.Gateways.Select(g => g.Uuid).Order(), exported.SelectMany(uuids => uuids).Order());
            Assert.All(exported, uuids => Assert.NotEmpty(uuids));
            Assert.All(Enumerable.Range(0, 3), index => Assert.All(exported[index], uuid => Assert.Equal(index, GatewayShard.Of(uuid, 3))));
        }
        finally
        {
            foreach (var shard in shards)
            {
                await shard.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_gateway_list_setting_exports_exactly_the_listed_gateways()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 5);
        var chosen = new[] { cloud.Gateways[1], cloud.Gateways[3] };
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_GATEWAYS", $" {chosen[0].Uuid.ToUpperInvariant()},{chosen[1].Uuid} "]);

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(chosen.Select(g => g.Uuid).Order(), text.Named(GatewayInfo).Select(s => s["gateway_uuid"]).Order());
        Assert.All(chosen, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(text.Value(RunningExporter.Polls) * 2, text.Named(ApiRequests).Where(s => s["endpoint"] == UpCloud.Api.UpCloudRoutes.Metrics).Sum(s => s.Value));
    }

    [Theory]
    [InlineData("env=prod")]
    [InlineData("critical")]
    public async Task A_label_filter_holds_even_when_the_api_ignores_its_label_parameter(string filter)
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 5, options => options.IgnoresLabelFilter = true);
        var chosen = new[] { cloud.Gateways[0], cloud.Gateways[3] };
        cloud.Fleet.Update(() =>
        {
            foreach (var gateway in cloud.Gateways)
            {
                gateway.Labels = [new SimLabel { Key = "env", Value = "staging" }, new SimLabel { Key = "critical-path", Value = "yes" }];
            }

            foreach (var gateway in chosen)
            {
                gateway.Labels = [new SimLabel { Key = "env", Value = "prod" }, new SimLabel { Key = "critical", Value = "" }];
            }
        });
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_GATEWAY_LABEL", filter]);

        var text = await exporter.WaitForPollsAsync(1);

        Assert.Equal(chosen.Select(g => g.Uuid).Order(), text.Named(GatewayInfo).Select(s => s["gateway_uuid"]).Order());
        Assert.All(chosen, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(text.Value(RunningExporter.Polls) * 2, text.Named(ApiRequests).Where(s => s["endpoint"] == UpCloud.Api.UpCloudRoutes.Metrics).Sum(s => s.Value));
    }
}
