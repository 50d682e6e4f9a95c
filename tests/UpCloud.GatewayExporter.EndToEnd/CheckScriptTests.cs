using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd;

/// <summary>The repository's check scripts, so that <c>dotnet test</c> covers them too.</summary>
public sealed class CheckScriptTests
{
    [PrometheusFact]
    public async Task The_rule_check_script_passes_promtool_checks_unit_tests_and_the_alert_house_rules()
    {
        ExternalTools.Prometheus.Require();

        var result = await Command.RunAsync("bash", [RepositoryPaths.RuleCheckScript]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [PrometheusFact]
    public async Task The_dashboard_query_check_script_passes()
    {
        ExternalTools.Prometheus.Require();

        var result = await Command.RunAsync("bash", [RepositoryPaths.QueryCheckScript]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
