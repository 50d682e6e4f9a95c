using System.Text.Json.Nodes;
using UpCloud.Api;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// One exporter polling six gateways through a poll in which four metrics bodies are hostile (a number beyond Int64, a
/// string for a number, unknown fields nested half the body's budget deep, negative counters) and every other answer
/// carries a flood of unknown fields, then through a clean poll: the scrapes and the log before, during and after, for
/// the tests of each kind of hostile body to read.
/// </summary>
public sealed class HostileMetricsBodies : IAsyncLifetime
{
    private SimulatedCloud _cloud = null!;
    private RunningExporter _exporter = null!;

    public SimGateway BeyondInt64 => _cloud.Gateways[0];

    public SimGateway StringNumber => _cloud.Gateways[1];

    public SimGateway Deep => _cloud.Gateways[2];

    public SimGateway Negative => _cloud.Gateways[3];

    /// <summary>The gateways whose metrics bodies cannot be read.</summary>
    public SimGateway[] Unreadable => [BeyondInt64, StringNumber];

    /// <summary>The gateways whose metrics bodies stay clean but for the flood of unknown fields.</summary>
    public SimGateway[] Clean => [_cloud.Gateways[4], _cloud.Gateways[5]];

    public IReadOnlyList<SimGateway> Gateways => _cloud.Gateways;

    public ExpositionText Before { get; private set; } = null!;

    public ExpositionText During { get; private set; } = null!;

    /// <summary>The exporter's log once the hostile poll was scraped.</summary>
    public string LogDuring { get; private set; } = null!;

    public ExpositionText Recovered { get; private set; } = null!;

    /// <summary>The exporter's log once the clean poll after it was scraped.</summary>
    public string LogAfter { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _cloud = await SimulatedCloud.StartAsync(gateways: 6);
        _exporter = await _cloud.StartExporterAsync();
        Before = await _exporter.WaitUntilAsync(text => text.Value(ExporterUp) == 1, "the first poll read the fleet");

        var bodies = new Dictionary<SimGateway, string>
        {
            [BeyondInt64] = Hostile(await MetricsAsync(BeyondInt64), metrics =>
                Nodes(metrics).First()["total_accepted_connections"] = JsonValue.Create((decimal)long.MaxValue + 1)).ToJsonString(),
            [StringNumber] = Hostile(await MetricsAsync(StringNumber), metrics =>
                Nodes(metrics).First()["active_connections"] = "lots").ToJsonString(),
            [Deep] = NestedAtTheRoot(await MetricsAsync(Deep), depth: ResponseLimits.OneGateway.MaxContainers / 2),
            [Negative] = Hostile(await MetricsAsync(Negative), Negate).ToJsonString(),
        };

        // The hostile bodies are added first, so they win over the flood of unknown fields on every other answer.
        var faults = bodies.Select(body => _cloud.Simulator.Faults.Add(new FaultRule
        {
            Route = RouteTemplates.Metrics, GatewayUuid = body.Key.Uuid, Kind = FaultKind.CustomBody, Body = body.Value,
        })).ToList();
        faults.Add(_cloud.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields }));
        During = await _exporter.PollAfterChangeAsync();
        LogDuring = _exporter.Stdout;

        faults.ForEach(fault => _cloud.Simulator.Faults.Remove(fault));
        Recovered = await _exporter.PollAfterChangeAsync();
        LogAfter = _exporter.Stdout;
    }

    public async Task DisposeAsync()
    {
        await _exporter.DisposeAsync();
        await _cloud.DisposeAsync();
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
    private async Task<JsonObject> MetricsAsync(SimGateway gateway) =>
        JsonNode.Parse(await _cloud.GetBodyAsync($"1.3/gateway/{gateway.Uuid}/metrics"))!.AsObject();
}
