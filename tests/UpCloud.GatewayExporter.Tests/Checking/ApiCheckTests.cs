using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.GatewayExporter.Tests.Checking;

/// <summary><c>--check</c> against the simulator: each failure it names comes with its meaning and its fix, and no secret.</summary>
public sealed class ApiCheckTests
{
    [Fact]
    public async Task Against_a_healthy_API_every_check_passes_and_it_exits_0()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);

        var run = await CheckAsync(cloud.ExporterArgs());

        Assert.Equal(0, run.ExitCode);
        AssertLines(run.Stdout, "ok    gateway list at", "ok    metrics of gateway", "ok    gateway plans: 4 plans", "ok    audit log: readable", "The exporter would work.");
        Assert.Contains(": 3 gateways, 3 of them selected", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_named_as_wrong_credentials_with_the_settings_to_check()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);

        var run = await CheckAsync(WithPassword(cloud.ExporterArgs(), "not-the-password"));

        Assert.Equal(1, run.ExitCode);
        var failure = Assert.Single(run.Stdout.Split('\n'), line => line.StartsWith("FAIL", StringComparison.Ordinal));
        Assert.Contains("HTTP 401", failure, StringComparison.Ordinal);
        Assert.Contains("wrong credentials", failure, StringComparison.Ordinal);
        Assert.Contains("fix: check UPCLOUD_USERNAME, UPCLOUD_PASSWORD, UPCLOUD_PASSWORD_FILE, UPCLOUD_TOKEN, UPCLOUD_TOKEN_FILE", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_permission_is_told_apart_from_wrong_credentials()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, Kind = FaultKind.Status, StatusCode = 403 });

        var run = await CheckAsync(cloud.ExporterArgs());

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("ok    gateway list at", run.Stdout, StringComparison.Ordinal);
        var failure = Assert.Single(run.Stdout.Split('\n'), line => line.StartsWith("FAIL", StringComparison.Ordinal));
        Assert.Contains("metrics of gateway", failure, StringComparison.Ordinal);
        Assert.Contains("HTTP 403", failure, StringComparison.Ordinal);
        Assert.Contains("a missing permission", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong credentials", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_filter_that_selects_nothing_fails_and_names_the_selection_settings()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);

        var run = await CheckAsync([.. cloud.ExporterArgs(), "--UPCLOUD_GATEWAY_LABEL", "env=nowhere"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL  gateway list at", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 of them selected; the selection leaves nothing to export", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("fix: check UPCLOUD_GATEWAYS, UPCLOUD_GATEWAY_LABEL and EXPORTER_SHARD (now: all, env=nowhere, 0/1)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_API_URL_is_named_as_such_and_the_checks_that_need_the_list_are_not_run()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        var args = cloud.ExporterArgs();
        await cloud.StopAsync();

        var run = await CheckAsync(args);

        Assert.Equal(1, run.ExitCode);
        AssertLines(run.Stdout, "FAIL  gateway list at", "      fix: check UPCLOUD_API_URL, DNS,", "The exporter would not work: fix the lines marked FAIL.");
        Assert.Contains("an unreachable API URL", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_plans_are_a_warning_only_since_the_exporter_works_without_them()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3);
        cloud.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Plans, Kind = FaultKind.Status, StatusCode = 503 });

        var run = await CheckAsync(cloud.ExporterArgs());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warn  gateway plans: GET /1.3/gateway/plans failed: HTTP 503", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_log_the_user_may_not_read_is_a_warning_naming_the_setting_that_stops_asking()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3, options => options.AuditLogForbidden = true);

        var run = await CheckAsync(cloud.ExporterArgs());

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Stdout.Split('\n'), line => line.StartsWith("warn", StringComparison.Ordinal));
        Assert.StartsWith("warn  audit log: GET /1.3/audit-logs failed: HTTP 403", warning, StringComparison.Ordinal);
        Assert.Contains("or set UPCLOUD_AUDIT_LOG=off to stop asking", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_audit_log_off_it_is_not_asked_for()
    {
        await using var cloud = await SimulatedCloud.StartAsync(gateways: 3, options => options.AuditLogForbidden = true);

        var run = await CheckAsync([.. cloud.ExporterArgs(), "--UPCLOUD_AUDIT_LOG", "off"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("audit log", run.Stdout, StringComparison.Ordinal);
    }

    private static Task<CommandResult> CheckAsync(string[] args) => ExporterCommand.RunAsync([.. args, "--check"]);

    private static string[] WithPassword(string[] args, string password) =>
        [.. args.Select((arg, i) => i > 0 && args[i - 1] == "--UPCLOUD_PASSWORD" ? password : arg)];

    /// <summary>The output has exactly these lines, each starting as given.</summary>
    private static void AssertLines(string output, params string[] starts)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(starts.Length, lines.Length);
        Assert.All(starts.Zip(lines), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }
}
