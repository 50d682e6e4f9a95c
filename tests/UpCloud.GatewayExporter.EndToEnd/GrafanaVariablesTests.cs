using UpCloud.GatewayExporter.EndToEnd.Queries;

namespace UpCloud.GatewayExporter.EndToEnd;

public sealed class GrafanaVariablesTests
{
    private readonly GrafanaVariables variables = new(new HashSet<string> { "gateway" });
    private readonly List<string> problems = [];

    [Fact]
    public void A_multi_value_variable_after_a_regex_matcher_matches_everything()
    {
        var query = variables.Substitute("""up{gateway=~"$gateway", g2!~"${gateway}"}""", "here", problems);

        Assert.Equal("""up{gateway=~".*", g2!~".*"}""", query);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_multi_value_variable_after_an_equality_matcher_is_a_problem()
    {
        variables.Substitute("""up{gateway="$gateway"}""", "here", problems);

        Assert.Equal("here: multi-value $gateway used without =~ or !~", Assert.Single(problems));
    }

    [Fact]
    public void The_job_and_instance_variables_of_the_dashboards_match_every_exporter_as_All_does_in_Grafana()
    {
        var dashboardVariables = new GrafanaVariables(new HashSet<string> { "job", "instance", "gateway" });

        var query = dashboardVariables.Substitute(
            """rate(upcloud_gateway_exporter_polls_total{job=~"$job", instance=~"${instance}", gateway=~"$gateway"}[$__rate_interval])""", "here", problems);

        Assert.Equal("""rate(upcloud_gateway_exporter_polls_total{job=~".*", instance=~".*", gateway=~".*"}[1m])""", query);
        Assert.Empty(problems);
    }

    [Fact]
    public void Grafana_built_in_intervals_become_durations_and_numbers()
    {
        var query = variables.Substitute("rate(x[$__rate_interval]) + increase(x[${__range}]) + $__range_s", "here", problems);

        Assert.Equal("rate(x[1m]) + increase(x[1h]) + 3600", query);
        Assert.Empty(problems);
    }

    [Fact]
    public void An_unknown_variable_is_a_problem_and_stays_in_the_query()
    {
        var query = variables.Substitute("up{job=~\"$job\"}", "here", problems);

        Assert.Equal("up{job=~\"$job\"}", query);
        Assert.Equal("here: unknown variable $job", Assert.Single(problems));
    }

    [Theory]
    [InlineData("label_values(upcloud_gateway_info, gateway)", "upcloud_gateway_info", "gateway")]
    [InlineData("label_values(up{job=~\"a,b\"}, instance)", "up{job=~\"a,b\"}", "instance")]
    [InlineData("label_values(zone)", "{zone!=\"\"}", "zone")]
    [InlineData("query_result(topk(3, up))", "topk(3, up)", null)]
    public void A_variable_query_becomes_the_expression_grafana_sends(string query, string expression, string? label)
    {
        Assert.Equal((expression, label), VariableQuery.Parse(query));
    }
}
