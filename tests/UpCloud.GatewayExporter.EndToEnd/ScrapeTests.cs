using UpCloud.GatewayExporter.EndToEnd.Stack;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

[Collection(MonitoringStackCollection.Name)]
public sealed class ScrapeTests(MonitoringStack stack)
{
    [PrometheusFact]
    public async Task Prometheus_scrapes_the_demo_exporter_as_a_healthy_target_of_its_job()
    {
        var targets = await stack.PrometheusApi.GetTargetsAsync();

        var target = Assert.Single(targets, target => target.Job == PrometheusConfig.Job);
        Assert.Equal(new Uri(stack.Exporter.BaseAddress, "metrics").AbsoluteUri, target.ScrapeUrl);
        Assert.True(target.Health == "up", $"target health {target.Health}: {target.LastError}");
    }

    [PrometheusFact]
    public async Task Promtool_finds_no_problem_in_a_live_scrape_of_the_exporter()
    {
        var exposition = await stack.Http.GetStringAsync(new Uri(stack.Exporter.BaseAddress, "metrics"));
        Assert.Contains("upcloud_gateway_tunnel_state{", exposition, StringComparison.Ordinal);

        var result = await Command.RunAsync("promtool", ["check", "metrics"], exposition);

        Assert.True(result.ExitCode == 0 && result.Stdout.Length == 0 && result.Stderr.Length == 0, result.ToString());
    }
}
