using UpCloud.Api;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Polling;

public sealed class TwoAccountsTests
{
    [Fact]
    public async Task Two_accounts_are_polled_with_their_own_credentials_and_every_series_names_its_account()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 3);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 2, BetaOnly);
        await using var exporter = await RunningExporter.StartAsync(AccountArgs(alpha, beta));

        var text = await exporter.WaitUntilAsync(t => t.Where(ExporterUp).Count(s => s.Value == 1) == 2, "both accounts were polled");

        AssertAccountExported(text, "alpha", alpha);
        AssertAccountExported(text, "beta", beta);
        var everythingShown = exporter.Stdout + await exporter.ScrapeTextAsync();
        Assert.All(new[] { TestCredentials.Password, BetaToken }, secret => Assert.DoesNotContain(secret, everythingShown, StringComparison.Ordinal));
        var processWide = new[] { BuildInfo, "upcloud_gateway_exporter_poll_interval_seconds" };
        Assert.All(text.Samples.Where(s => !processWide.Contains(s.Name)), s => Assert.Contains(s.Labels["account"], new[] { "alpha", "beta" }));
        Assert.All(processWide, name => Assert.False(Assert.Single(text.Named(name)).Labels.ContainsKey("account")));
    }

    [Fact]
    public async Task When_one_account_cannot_list_its_gateways_only_its_series_are_withheld_and_the_log_names_it()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 3);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 2, BetaOnly);
        await using var exporter = await RunningExporter.StartAsync(AccountArgs(alpha, beta));
        await exporter.WaitUntilAsync(t => t.Where(ExporterUp).Count(s => s.Value == 1) == 2, "both accounts were polled");

        beta.Simulator.Credentials.Revoked = true;
        var down = await exporter.PollAfterChangeAsync();

        Assert.Equal(1, down.Value(ExporterUp, ("account", "alpha")));
        Assert.Equal(0, down.Value(ExporterUp, ("account", "beta")));
        Assert.DoesNotContain(down.Samples, s => s.Labels.ContainsKey("gateway_uuid") && s.Labels["account"] == "beta");
        AssertAccountExported(down, "alpha", alpha);
        var error = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Error));
        Assert.StartsWith($"Cannot read the gateway list of account beta, so its gateway series are withheld until it can: GET {UpCloudRoutes.Gateways} failed: HTTP 401", error, StringComparison.Ordinal);

        beta.Simulator.Credentials.Revoked = false;
        var back = await exporter.WaitUntilAsync(t => t.Value(ExporterUp, ("account", "beta")) == 1, "account beta was read again");

        AssertAccountExported(back, "beta", beta);
        Assert.Equal(["Can read the gateway list of account beta again: 2 gateways exported"], LogLines.At(exporter.Stdout, LogLines.Information, "again"));
    }

    [Fact]
    public async Task A_failing_account_opens_only_its_own_circuit_breaker()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 2);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 2, BetaOnly);
        // At a 3 s interval two polls' list attempts fall into the breaker's sampling window; at 1 s they seldom reach its minimum.
        await using var exporter = await RunningExporter.StartAsync(AccountArgs(alpha, beta, interval: "3s"));
        await exporter.WaitForPollsAsync(1);

        beta.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Gateways, Kind = FaultKind.Status, StatusCode = 503 });
        var open = await exporter.WaitUntilAsync(t => t.Value(CircuitBreakerState, ("account", "beta")) == 2, "account beta's circuit breaker opened");

        Assert.Equal(0, open.Value(CircuitBreakerState, ("account", "alpha")));
        Assert.Equal(1, open.Value(ExporterUp, ("account", "alpha")));
        AssertAccountExported(open, "alpha", alpha);
        var warning = Assert.Single(LogLines.At(exporter.Stdout, LogLines.Warning, "circuit breaker"));
        Assert.StartsWith("Too many calls for the gateway list of account beta failed", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_first_poll_every_account_already_shows_that_it_has_not_been_read()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 1);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 1, options =>
        {
            BetaOnly(options);
            options.Latency = TimeSpan.FromSeconds(3);
        });
        await using var exporter = await RunningExporter.StartAsync(AccountArgs(alpha, beta));

        var text = await exporter.ScrapeAsync();

        Assert.Equal(0, text.Value(RunningExporter.Polls, ("account", "beta")));
        Assert.Equal(0, text.Value(ExporterUp, ("account", "alpha")));
        Assert.Equal(0, text.Value(ExporterUp, ("account", "beta")));
        Assert.DoesNotContain(text.Samples, s => s.Labels.ContainsKey("gateway_uuid"));
    }

    [RequiresToolFact("promtool")]
    public async Task Promtool_check_metrics_accepts_a_scrape_of_two_accounts()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 2);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 2, BetaOnly);
        await using var exporter = await RunningExporter.StartAsync(AccountArgs(alpha, beta));
        await exporter.WaitForPollsAsync(1);

        var scrape = await exporter.ScrapeTextAsync();

        Assert.Single(scrape.Split('\n'), line => line.StartsWith("# TYPE upcloud_gateway_exporter_up ", StringComparison.Ordinal));
        await Promtool.AssertAcceptsAsync(scrape);
    }

    [Fact]
    public async Task Once_exits_1_while_any_account_cannot_be_read()
    {
        await using var alpha = await SimulatedCloud.StartAsync(gateways: 1);
        await using var beta = await SimulatedCloud.StartAsync(gateways: 1, BetaOnly);
        beta.Simulator.Credentials.Revoked = true;
        var stdout = new StringWriter();

        var exitCode = await UpCloud.GatewayExporter.Hosting.ExporterApplication.RunAsync(["--once", .. AccountArgs(alpha, beta)], stdout, TextWriter.Null);

        var text = ExpositionText.Parse(stdout.ToString());
        Assert.Equal(1, exitCode);
        Assert.Equal(1, text.Value(ExporterUp, ("account", "alpha")));
        Assert.Equal(0, text.Value(ExporterUp, ("account", "beta")));
    }

    private const string BetaToken = "ucat_beta_only_4d1a";

    /// <summary>Beta's API knows only its own token, so alpha's credentials could not read it.</summary>
    private static void BetaOnly(SimulatorOptions options)
    {
        options.Seed = 2;
        options.Username = null;
        options.Password = null;
        options.Token = BetaToken;
    }

    /// <summary>Account alpha with HTTP Basic, account beta with a token, each at its own simulator, sharing a poll interval of one second unless told.</summary>
    private static string[] AccountArgs(SimulatedCloud alpha, SimulatedCloud beta, string interval = "1s") =>
    [
        "--UPCLOUD_ACCOUNTS:alpha:API_URL", alpha.Simulator.BaseAddress.AbsoluteUri,
        "--UPCLOUD_ACCOUNTS:alpha:USERNAME", TestCredentials.Username,
        "--UPCLOUD_ACCOUNTS:alpha:PASSWORD", TestCredentials.Password,
        "--UPCLOUD_ACCOUNTS:beta:API_URL", beta.Simulator.BaseAddress.AbsoluteUri,
        "--UPCLOUD_ACCOUNTS:beta:TOKEN", BetaToken,
        "--UPCLOUD_POLL_INTERVAL", interval,
    ];

    private static void AssertAccountExported(ExpositionText text, string account, SimulatedCloud cloud)
    {
        Assert.Equal(cloud.Gateways.Select(g => g.Uuid).Order(), text.Where(GatewayInfo, ("account", account)).Select(s => s["gateway_uuid"]).Order());
        Assert.All(cloud.Gateways, gateway => ExpositionAssert.Exported(text, gateway));
        Assert.NotEmpty(text.Where(ApiRequests, ("account", account), ("endpoint", RouteTemplates.Gateways), ("code", "200")));
        Assert.Single(text.Where(CircuitBreakerState, ("account", account)));
    }
}
