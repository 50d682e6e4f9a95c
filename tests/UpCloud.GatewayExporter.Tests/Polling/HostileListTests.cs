using System.Text.Json.Nodes;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class HostileListTests
{
    private const string LoneSurrogate = "LONE-SURROGATE";

    [RequiresToolFact("promtool")]
    public async Task Hostile_list_entries_cost_only_themselves_and_a_rejected_gateway_resumes_its_counters()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 6, options => options.WireVariants = false);
        var (huge, weakDh, twice, rejected, broken, healthy) = (cloud.Gateways[0], cloud.Gateways[1], cloud.Gateways[2], cloud.Gateways[3], cloud.Gateways[4], cloud.Gateways[5]);
        await using var exporter = await cloud.StartExporterAsync();
        var before = await exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        var list = JsonNode.Parse(await cloud.GetBodyAsync("1.3/gateway?limit=100&offset=0"))!.AsArray();
        list[0]!["name"] = new string('n', 1 << 20) + "\n\"q\"\0\u202E";
        FirstTunnel(list[1]!)["ipsec"]!["phase1_dh_group_numbers"] = new JsonArray(1e308, 14);
        list.Add(list[2]!.DeepClone());
        FirstTunnel(list[3]!)["operational_state"] = 5;
        list[4]!["name"] = "broken-" + LoneSurrogate;
        var fault = cloud.Simulator.Faults.Add(new FaultRule
        {
            Route = RouteTemplates.Gateways, Kind = FaultKind.CustomBody, Body = list.ToJsonString().Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal),
        });
        foreach (var (_, tunnel) in SeriesOf.Tunnels(rejected))
        {
            cloud.Fleet.Rekey(tunnel.Uuid);
        }

        var during = await exporter.PollAfterChangeAsync();

        await Promtool.AssertAcceptsAsync(await exporter.ScrapeTextAsync());
        Assert.Equal(1, during.Value(ExporterUp));
        Assert.Equal(1, during.Value(RejectedGateways));
        ExpositionAssert.Gone(during, rejected);
        Assert.All([weakDh, twice, healthy], gateway => ExpositionAssert.Exported(during, gateway));
        var hugeName = Assert.Single(during.Where(GatewayInfo, ("gateway_uuid", huge.Uuid)))["gateway"];
        Assert.Equal((DisplayText.MaxLength, true), (hugeName.Length, hugeName.EndsWith(DisplayText.Marker, StringComparison.Ordinal)));
        Assert.Equal("broken-\uFFFD", Assert.Single(during.Where(GatewayInfo, ("gateway_uuid", broken.Uuid)))["gateway"]);
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, rejected.Uuid), line => line.Contains("operational_state", StringComparison.Ordinal));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, twice.Uuid), line => line.Contains("more than once", StringComparison.Ordinal));
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, huge.Uuid), line => line.Contains("1048582 characters", StringComparison.Ordinal));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Warning, weakDh.Uuid));

        cloud.Simulator.Faults.Remove(fault);
        var after = await exporter.PollAfterChangeAsync();

        Assert.Equal(0, after.Value(RejectedGateways));
        var was = CounterReadings.FromExposition(before, [rejected]);
        var now = CounterReadings.FromExposition(after, [rejected]);
        var model = CounterReadings.FromModel([rejected]);
        Assert.All(was.Keys, key => Assert.True(now[key] >= was[key], $"{key} went from {was[key]} back to {now[key]}"));
        Assert.Contains(was.Keys, key => key.Metric == ReceiveBytes && now[key] > model[key]);
        Assert.Single(LogLines.At(exporter.Stdout, LogLines.Information, rejected.Uuid), line => line.Contains("readable again", StringComparison.Ordinal));
        Assert.Empty(LogLines.At(exporter.Stdout, LogLines.Error));
    }

    private static JsonObject FirstTunnel(JsonNode gateway) => gateway["connections"]![0]!["tunnels"]![0]!.AsObject();
}
