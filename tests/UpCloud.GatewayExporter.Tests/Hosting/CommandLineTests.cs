using System.Text.Json.Nodes;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Hosting;

public sealed class CommandLineTests
{
    private const string Unreachable = "http://127.0.0.1:9/";

    [Fact]
    public async Task Once_prints_the_whole_exposition_to_stdout_and_exits_0_when_everything_was_read()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);

        var run = await ExporterCommand.RunOnceAsync(cloud.ExporterArgs());

        Assert.Equal(0, run.ExitCode);
        AssertOnlyExposition(run.Stdout);
        var text = ExpositionText.Parse(run.Stdout);
        Assert.Equal(1, text.Value(ExporterUp));
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        AssertNoSecret(run);
    }

    [Fact]
    public async Task Once_exits_1_when_a_gateway_could_not_be_read_and_says_which_on_stderr()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var failing = cloud.Gateways[1];
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = failing.Uuid, Kind = FaultKind.Status, StatusCode = 500 });

        var run = await ExporterCommand.RunOnceAsync(cloud.ExporterArgs());

        Assert.Equal(1, run.ExitCode);
        AssertOnlyExposition(run.Stdout);
        var text = ExpositionText.Parse(run.Stdout);
        Assert.Equal(0, text.Value(MetricsUp, SeriesOf.Gateway(failing)));
        ExpositionAssert.Exported(text, cloud.Gateways[0]);
        Assert.Contains(run.StderrLines, line => line.Contains(failing.Name, StringComparison.Ordinal) && line.Contains("withheld", StringComparison.Ordinal));
        AssertNoSecret(run);
    }

    [Fact]
    public async Task Once_exits_1_when_a_list_entry_was_rejected_and_says_which_on_stderr()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var broken = cloud.Gateways[2];
        var list = JsonNode.Parse(await cloud.GetBodyAsync("1.3/gateway?limit=100&offset=0"))!.AsArray();
        list[2]!["name"] = 7;
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.CustomBody, Body = list.ToJsonString() });

        var run = await ExporterCommand.RunOnceAsync(cloud.ExporterArgs());

        Assert.Equal(1, run.ExitCode);
        var text = ExpositionText.Parse(run.Stdout);
        Assert.Equal(1, text.Value(RejectedGateways));
        ExpositionAssert.Gone(text, broken);
        ExpositionAssert.Exported(text, cloud.Gateways[0]);
        Assert.Contains(run.StderrLines, line => line.Contains(broken.Uuid, StringComparison.Ordinal) && line.Contains("unreadable at $.name", StringComparison.Ordinal));
        AssertNoSecret(run);
    }

    [Fact]
    public async Task Once_exits_1_when_the_gateway_plans_could_not_be_read_and_still_prints_every_gateway()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 2);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Plans, Kind = FaultKind.Status, StatusCode = 403 });

        var run = await ExporterCommand.RunOnceAsync(cloud.ExporterArgs());

        Assert.Equal(1, run.ExitCode);
        var text = ExpositionText.Parse(run.Stdout);
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.Empty(text.Named(PlanNatMaxConnections));
        Assert.Contains(run.StderrLines, line => line.Contains("Cannot read the gateway plans", StringComparison.Ordinal) && line.Contains("HTTP 403", StringComparison.Ordinal));
        AssertNoSecret(run);
    }

    [Theory]
    [InlineData("UPCLOUD_POLL_INTERVAL", new[] { "--UPCLOUD_API_URL", Unreachable, "--UPCLOUD_USERNAME", TestCredentials.Username, "--UPCLOUD_PASSWORD", TestCredentials.Password, "--UPCLOUD_POLL_INTERVAL", "3x" })]
    [InlineData("UPCLOUD_USERNAME", new[] { "--UPCLOUD_API_URL", Unreachable })]
    [InlineData("UPCLOUD_TOKEN", new[] { "--UPCLOUD_API_URL", Unreachable, "--UPCLOUD_USERNAME", TestCredentials.Username, "--UPCLOUD_PASSWORD", TestCredentials.Password, "--UPCLOUD_TOKEN", TestCredentials.Token })]
    [InlineData("UPCLOUD_API_URL", new[] { "--UPCLOUD_API_URL", "ftp://api.example/", "--UPCLOUD_USERNAME", TestCredentials.Username, "--UPCLOUD_PASSWORD", TestCredentials.Password })]
    [InlineData("EXPORTER_WEB_LISTEN_ADDRESS", new[] { "--UPCLOUD_TOKEN", TestCredentials.Token, "--web.listen-address", "localhost" })]
    [InlineData("EXPORTER_WEB_LISTEN_ADDRESS", new[] { "--UPCLOUD_TOKEN", TestCredentials.Token, "--web.listen-address=:9877", "--urls", "http://127.0.0.1:9877" })]
    [InlineData("EXPORTER_WEB_TELEMETRY_PATH", new[] { "--UPCLOUD_TOKEN", TestCredentials.Token, "--web.telemetry-path", "/healthz" })]
    [InlineData("EXPORTER_WEB_CONFIG", new[] { "--UPCLOUD_TOKEN", TestCredentials.Token, "--web.config.file", "/nonexistent/web.yml" })]
    public async Task A_bad_configuration_exits_2_with_one_line_on_stderr_naming_the_setting_and_nothing_on_stdout(string setting, string[] args)
    {
        var run = await ExporterCommand.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.StartsWith($"upcloud-gateway-exporter: configuration error: {setting}:", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        AssertNoSecret(run);
    }

    private static void AssertOnlyExposition(string stdout)
    {
        Assert.NotEmpty(stdout);
        Assert.All(stdout.TrimEnd('\n').Split('\n'), line => Assert.Matches("^(# (HELP|TYPE) )?upcloud_gateway_", line));
    }

    private static void AssertNoSecret(CommandResult run)
    {
        Assert.DoesNotContain(TestCredentials.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Token, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
