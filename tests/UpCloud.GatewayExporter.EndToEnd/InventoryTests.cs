using UpCloud.GatewayExporter.EndToEnd.Queries;

namespace UpCloud.GatewayExporter.EndToEnd;

/// <summary>Guards against the end-to-end sweeps checking nothing: the files they read yield queries.</summary>
public sealed class InventoryTests
{
    [Fact]
    public void Every_dashboard_yields_panel_and_variable_queries_with_every_variable_substituted()
    {
        var dashboards = Dashboard.LoadAll();

        Assert.NotEmpty(dashboards);
        Assert.All(dashboards, dashboard =>
        {
            Assert.NotEmpty(dashboard.PanelQueries);
            Assert.NotEmpty(dashboard.VariableQueries);
            Assert.True(dashboard.Problems.Count == 0, string.Join('\n', dashboard.Problems));
        });
    }

    [Fact]
    public void Every_dashboard_lists_the_jobs_and_instances_of_the_exporters_to_narrow_its_panels_to()
    {
        Assert.All(Dashboard.LoadAll(), dashboard =>
        {
            Assert.Contains(dashboard.VariableQueries, query => query.Where.EndsWith("variable $job", StringComparison.Ordinal) && query.Label == "job");
            Assert.Contains(dashboard.VariableQueries, query => query.Where.EndsWith("variable $instance", StringComparison.Ordinal) && query.Label == "instance");
        });
    }

    [Fact]
    public void The_rule_files_yield_alerting_and_recording_rules_with_expressions()
    {
        var rules = RuleFiles.LoadAll();

        Assert.Contains(rules, rule => rule.IsAlert);
        Assert.Contains(rules, rule => !rule.IsAlert);
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Expression), $"{rule.Check.Where} has no expr"));
    }
}
