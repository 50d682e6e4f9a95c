using UpCloud.GatewayExporter.EndToEnd.Api;
using UpCloud.GatewayExporter.EndToEnd.Queries;
using UpCloud.GatewayExporter.EndToEnd.ScaleOut;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

[Collection(ShardedStackCollection.Name)]
public sealed class ScaleOutTests(ShardedStack stack)
{
    [VictoriaMetricsFact]
    public async Task Every_gateway_arrives_in_VictoriaMetrics_exactly_once_from_three_shards()
    {
        IReadOnlyList<VectorSample> perGateway = [];
        IReadOnlyList<VectorSample> perShard = [];

        await Eventually.HoldsAsync(async () =>
        {
            perGateway = await stack.VictoriaMetrics.QueryVectorAsync("count by (gateway_uuid) (upcloud_gateway_info)");
            perShard = await stack.VictoriaMetrics.QueryVectorAsync("count by (instance) (upcloud_gateway_info)");
            return perGateway.Select(sample => sample.Labels["gateway_uuid"]).ToHashSet().SetEquals(stack.GatewayUuids)
                && perShard.Count == ShardedStack.Shards;
        }, ShardedStack.Patience);

        var arrived = perGateway.ToDictionary(sample => sample.Labels["gateway_uuid"], sample => sample.Value);
        var missing = stack.GatewayUuids.Where(uuid => !arrived.ContainsKey(uuid)).ToList();
        var unknown = arrived.Keys.Where(uuid => !stack.GatewayUuids.Contains(uuid)).ToList();
        var duplicated = arrived.Where(gateway => gateway.Value != 1).Select(gateway => $"{gateway.Key} ({gateway.Value} series)").ToList();
        Assert.True(missing.Count == 0 && unknown.Count == 0 && duplicated.Count == 0 && perShard.Count == ShardedStack.Shards, string.Join('\n', [
            $"{arrived.Count} of {stack.GatewayUuids.Count} gateways arrived, from {perShard.Count} of {ShardedStack.Shards} shards: "
                + string.Join(", ", perShard.Select(shard => $"{shard.Labels["instance"]} {shard.Value}")),
            $"missing: {string.Join(", ", missing)}",
            $"not in the fleet: {string.Join(", ", unknown)}",
            $"more than once: {string.Join(", ", duplicated)}",
            stack.Output,
        ]));
    }

    [VictoriaMetricsFact]
    public async Task Vmalert_evaluates_every_recording_rule_against_VictoriaMetrics_and_the_recorded_series_arrive_there()
    {
        var records = RuleFiles.LoadAll().Where(rule => !rule.IsAlert).Select(rule => rule.Name).ToList();
        var problems = new List<string>();

        await Eventually.HoldsAsync(async () =>
        {
            problems = [];
            var evaluated = (await stack.Vmalert.GetRuleGroupsAsync()).SelectMany(group => group.Rules).ToDictionary(rule => rule.Name);
            foreach (var record in records)
            {
                if (!evaluated.TryGetValue(record, out var rule) || rule.Health != "ok")
                {
                    problems.Add($"{record}: vmalert reports {(rule is null ? "no such rule" : $"health {rule.Health} {rule.LastError}")}");
                }
                else if ((await stack.VictoriaMetrics.QueryVectorAsync(record)).Count == 0)
                {
                    problems.Add($"{record}: no recorded series in VictoriaMetrics");
                }
            }

            return problems.Count == 0;
        }, ShardedStack.Patience);

        Assert.True(problems.Count == 0, string.Join('\n', [.. problems, stack.Output]));
    }
}
