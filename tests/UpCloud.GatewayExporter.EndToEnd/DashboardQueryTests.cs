using UpCloud.GatewayExporter.EndToEnd.Queries;
using UpCloud.GatewayExporter.EndToEnd.Stack;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

[Collection(MonitoringStackCollection.Name)]
public sealed class DashboardQueryTests(MonitoringStack stack)
{
    [PrometheusFact]
    public async Task Every_panel_query_of_every_dashboard_returns_data_on_the_demo_fleet()
    {
        var queries = Dashboard.LoadAll().SelectMany(dashboard => dashboard.PanelQueries).ToList();

        var sweep = await QuerySweep.RunAsync(stack.PrometheusApi, queries, requireData: true, MonitoringStack.Patience);

        Assert.True(sweep.Passed, sweep.Report("panel queries"));
    }

    [PrometheusFact]
    public async Task Every_annotation_of_every_dashboard_marks_the_demo_fleets_maintenance_and_changes()
    {
        var queries = Dashboard.LoadAll().SelectMany(dashboard => dashboard.AnnotationQueries).ToList();

        var sweep = await QuerySweep.RunAsync(stack.PrometheusApi, queries, requireData: true, MonitoringStack.Patience);

        Assert.Equal(8, queries.Count);
        Assert.True(sweep.Passed, sweep.Report("annotation queries"));
    }

    [PrometheusFact]
    public async Task Every_variable_query_of_every_dashboard_lists_values_on_the_demo_fleet()
    {
        var queries = Dashboard.LoadAll().SelectMany(dashboard => dashboard.VariableQueries).ToList();

        var sweep = await QuerySweep.RunAsync(stack.PrometheusApi, queries, requireData: true, MonitoringStack.Patience);

        Assert.True(sweep.Passed, sweep.Report("variable queries"));
    }
}
