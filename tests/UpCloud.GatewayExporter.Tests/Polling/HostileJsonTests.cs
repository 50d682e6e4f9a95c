using System.Text.Json.Nodes;
using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class HostileJsonTests
{
    [Fact]
    public async Task A_flood_of_unknown_fields_in_every_answer_changes_nothing()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields });

        // A poll of flooded answers may outlast the usual one-second interval on a loaded machine, and its slow-poll
        // warning would hide what this asserts: that the flood itself is worth no warning.
        await using var exporter = await cloud.StartExporterAsync(extra: ["--UPCLOUD_POLL_INTERVAL", "30s"]);

        var text = await exporter.WaitUntilAsync(scrape => scrape.Value(ExporterUp) == 1, "the first poll read the fleet");

        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Equal(0, text.Value(RejectedGateways));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Warning));
    }

    [Fact]
    public async Task Hostile_metrics_bodies_withhold_only_their_own_gateway_deep_unknown_fields_cost_nothing_and_negative_counters_read_as_zero_without_going_backwards()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 6);
        var (beyondInt64, stringNumber, deep, negative) = (cloud.Gateways[0], cloud.Gateways[1], cloud.Gateways[2], cloud.Gateways[3]);
        SimGateway[] unreadable = [beyondInt64, stringNumber];
        SimGateway[] healthy = [deep, cloud.Gateways[4], cloud.Gateways[5]];
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        var bodies = new Dictionary<SimGateway, string>
        {
            [beyondInt64] = Hostile(await MetricsAsync(cloud, beyondInt64), metrics =>
                Nodes(metrics).First()["total_accepted_connections"] = JsonValue.Create((decimal)long.MaxValue + 1)).ToJsonString(),
            [stringNumber] = Hostile(await MetricsAsync(cloud, stringNumber), metrics =>
                Nodes(metrics).First()["active_connections"] = "lots").ToJsonString(),
            [deep] = NestedAtTheRoot(await MetricsAsync(cloud, deep), depth: ResponseLimits.OneGateway.MaxContainers / 2),
            [negative] = Hostile(await MetricsAsync(cloud, negative), Negate).ToJsonString(),
        };

        // The hostile bodies are added first, so they win over the flood of unknown fields on every other answer.
        var faults = bodies.Select(body => cloud.Simulator.Faults.Add(new FaultRule
        {
            Route = RouteTemplates.Metrics, GatewayUuid = body.Key.Uuid, Kind = FaultKind.CustomBody, Body = body.Value,
        })).ToList();
        faults.Add(cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields }));
        var during = await exporter.PollAfterChangeAsync();

        Assert.Equal(1, during.Value(ExporterUp));
        Assert.Equal(0, during.Value(RejectedGateways));
        Assert.All(unreadable, gateway =>
        {
            Assert.Equal(0, during.Value(MetricsUp, SeriesOf.Gateway(gateway)));
            Assert.All(FromGatewayMetrics, metric => Assert.Empty(during.Where(metric, SeriesOf.Gateway(gateway))));
            Assert.Equal(SeriesOf.Tunnels(gateway).Count(), during.Where(TunnelInfo, SeriesOf.Gateway(gateway)).Count());
            Assert.Contains("is not the documented JSON", Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, gateway.Uuid)), StringComparison.Ordinal);
        });
        Assert.Equal(1, during.Value(MetricsUp, SeriesOf.Gateway(negative)));
        Assert.All(negative.NatNodes, node => Assert.Equal(0, during.Value(NatActive, SeriesOf.Node(negative, node))));
        AssertSameCounters(before, during, negative);
        Assert.All(healthy, gateway => ExpositionAssert.Exported(during, gateway));

        faults.ForEach(fault => cloud.Simulator.Faults.Remove(fault));
        var recovered = await exporter.PollAfterChangeAsync();

        Assert.All(cloud.Gateways, gateway => Assert.Equal(1, recovered.Value(MetricsUp, SeriesOf.Gateway(gateway))));
        Assert.All(unreadable, gateway => AssertSameCounters(before, recovered, gateway));
        var negativeDuring = CounterReadings.FromExposition(during, [negative]);
        var negativeAfter = CounterReadings.FromExposition(recovered, [negative]);
        Assert.All(negativeDuring.Keys, key => Assert.True(negativeAfter[key] >= negativeDuring[key], $"{key} went backwards"));
        Assert.All(healthy, gateway => ExpositionAssert.Exported(recovered, gateway));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Error));
    }

    /// <summary>Each NAT node's counters and each child SA's traffic negative, as a broken upstream might report them.</summary>
    private static void Negate(JsonObject metrics)
    {
        foreach (var node in Nodes(metrics))
        {
            foreach (var field in new[] { "active_connections", "total_accepted_connections", "total_rejected_sessions", "total_rejected_connections" })
            {
                if (node.ContainsKey(field))
                {
                    node[field] = -5;
                }
            }
        }

        foreach (var child in Items(metrics["ipsec_metrics"]?["ike_sas"]).SelectMany(sa => Items(sa["child_sas"])))
        {
            foreach (var field in new[] { "bytes_in", "bytes_out", "packets_in", "packets_out" })
            {
                child[field] = -100;
            }
        }
    }

    private static void AssertSameCounters(ExpositionText expected, ExpositionText actual, SimGateway gateway)
    {
        var was = CounterReadings.FromExposition(expected, [gateway]);
        var now = CounterReadings.FromExposition(actual, [gateway]);
        Assert.All(was.Keys, key => Assert.Equal(was[key], now[key]));
    }

    private static JsonObject Hostile(JsonObject metrics, Action<JsonObject> change)
    {
        change(metrics);
        return metrics;
    }

    /// <summary>The body with an unknown field of arrays nested <paramref name="depth"/> deep as its first member.</summary>
    private static string NestedAtTheRoot(JsonObject metrics, int depth) =>
        $"{{\"x_nested\":{new string('[', depth)}{new string(']', depth)},{metrics.ToJsonString()[1..]}";

    private static IEnumerable<JsonObject> Nodes(JsonObject metrics) => Items(metrics["gateways"]);

    /// <summary>The objects of a list the API may send as an array or as a single value.</summary>
    private static IEnumerable<JsonObject> Items(JsonNode? node) =>
        node switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject single => [single],
            _ => [],
        };

    /// <summary>The metrics body the simulator serves for a gateway, to be made hostile.</summary>
    private static async Task<JsonObject> MetricsAsync(SimulatedCloud cloud, SimGateway gateway) =>
        JsonNode.Parse(await cloud.GetBodyAsync($"1.3/gateway/{gateway.Uuid}/metrics"))!.AsObject();
}
