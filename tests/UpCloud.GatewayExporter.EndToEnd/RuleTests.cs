using UpCloud.GatewayExporter.EndToEnd.Queries;
using UpCloud.GatewayExporter.EndToEnd.Stack;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

[Collection(MonitoringStackCollection.Name)]
public sealed class RuleTests(MonitoringStack stack)
{
    [PrometheusFact]
    public async Task Prometheus_loads_every_rule_group_of_every_rule_file_and_evaluates_each_rule_without_error()
    {
        var written = RuleFiles.LoadAll();
        var problems = new List<string>();

        await Eventually.HoldsAsync(async () =>
        {
            problems = RuleLoadCheck.Problems(written, await stack.PrometheusApi.GetRuleGroupsAsync());
            return problems.Count == 0;
        }, MonitoringStack.Patience);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [PrometheusFact]
    public async Task Every_alert_expression_is_valid_on_live_data_whether_or_not_it_fires()
    {
        var alerts = RuleFiles.LoadAll().Where(rule => rule.IsAlert).Select(rule => rule.Check).ToList();

        var sweep = await QuerySweep.RunAsync(stack.PrometheusApi, alerts, requireData: false, MonitoringStack.Patience);

        Assert.True(sweep.Passed, sweep.Report("alert expressions"));
    }

    [PrometheusFact]
    public async Task Every_recording_rule_returns_data_and_its_recorded_series_exists_once_evaluated()
    {
        var records = RuleFiles.LoadAll().Where(rule => !rule.IsAlert).ToList();
        var checks = records.Select(rule => rule.Check)
            .Concat(records.Select(rule => new QueryCheck($"{rule.Check.Where} (recorded series)", rule.Name)))
            .ToList();

        var sweep = await QuerySweep.RunAsync(stack.PrometheusApi, checks, requireData: true, MonitoringStack.Patience);

        Assert.True(sweep.Passed, sweep.Report("recording rules and their series"));
    }
}
