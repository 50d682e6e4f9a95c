using System.Text.RegularExpressions;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.MetricNames;

namespace UpCloud.GatewayExporter.Tests.Hosting;

/// <summary>
/// What a new user's <c>--demo</c> shows: the whole exposition of the demo fleet on a frozen clock, compared line by line
/// with a committed copy, so a change that alters any name, label, value, HELP text or order shows up in review (values
/// that time the poll are masked; set <c>UPDATE_GOLDEN_FILES=1</c> to rewrite the copy after an intended change); and each
/// case of operator insight the demo fleet is built to have.
/// </summary>
public sealed partial class DemoModeTests(DemoOnce demo) : IClassFixture<DemoOnce>
{
    [Fact]
    public async Task The_demo_fleet_on_a_frozen_clock_exports_exactly_the_committed_exposition()
    {
        Assert.Equal(0, demo.Run.ExitCode);
        var actual = Masked(demo.Run.Stdout);
        var golden = RepositoryFile.PathOf("tests/UpCloud.GatewayExporter.Tests/Fixtures/demo-once.prom");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN_FILES") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), actual);
    }

    [Fact]
    public void The_demo_shows_a_nat_node_near_its_plan_limit()
    {
        Assert.Equal(0, demo.Run.ExitCode);
        (string, string)[] egressNodeA = [("gateway", "egress-ams1"), ("node", "node-a")];
        Assert.InRange(demo.Text.Value(NatActive, egressNodeA) / demo.Text.Value(PlanNatMaxConnections, egressNodeA), 0.9, 1);
    }

    [Fact]
    public void The_demo_shows_a_tunnel_down_with_its_reason()
    {
        (string, string)[] down = [("gateway", "hq-fra1"), ("tunnel", "office-berlin-t2")];
        Assert.Equal(0, demo.Text.Value("upcloud_gateway_tunnel_state", [.. down, ("state", "established")]));
        Assert.Equal("IKE_SA_INIT: NO_PROPOSAL_CHOSEN", Assert.Single(demo.Text.Where("upcloud_gateway_tunnel_last_down_info", down))["message"]);
    }

    [Fact]
    public void The_demo_shows_one_stale_gateway_among_fresh_ones()
    {
        Assert.All(demo.Text.Where("upcloud_gateway_metrics_updated_timestamp_seconds", ("gateway", "lab-sto1")),
            stale => Assert.True(stale.Value <= TestClock.Start.ToUnixTimeSeconds() - 600, $"lab-sto1 was refreshed at {stale.Value}"));
        Assert.All(demo.Text.Named("upcloud_gateway_metrics_updated_timestamp_seconds").Where(s => s["gateway"] != "lab-sto1"),
            fresh => Assert.InRange(fresh.Value, TestClock.Start.ToUnixTimeSeconds() - 60, TestClock.Start.ToUnixTimeSeconds()));
    }

    [Fact]
    public void The_demo_shows_a_tunnel_with_weak_crypto()
    {
        var weak = Assert.Single(demo.Text.Where("upcloud_gateway_tunnel_ipsec_info", ("tunnel", "office-berlin-t1")));
        Assert.Contains("3des", weak["phase1_algorithms"].Split(','));
        Assert.Contains("sha1", weak["phase1_integrity_algorithms"].Split(','));
    }

    [Fact]
    public void The_demo_shows_a_recent_maintenance_and_changes_with_their_origins_and_times()
    {
        Assert.Equal(1, demo.Text.Value(AuditLogUp));
        Assert.Equal(TestClock.Start.AddMinutes(-12).ToUnixTimeSeconds(), demo.Text.Value(LastMaintenance, ("gateway", "hq-fra1")));
        Assert.Equal(TestClock.Start.AddMinutes(-9).ToUnixTimeSeconds(), demo.Text.Value(LastChange, ("gateway", "hq-fra1"), ("origin", "upcloud_internal")));
        Assert.Equal(TestClock.Start.AddMinutes(-20).ToUnixTimeSeconds(), demo.Text.Value(LastChange, ("gateway", "branch-hel1"), ("origin", "api")));
        Assert.Equal(TestClock.Start.AddHours(-5).ToUnixTimeSeconds(), demo.Text.Value(LastChange, ("gateway", "lab-sto1"), ("origin", "gui")));
        Assert.Equal(1, demo.Text.Value(AuditEvents, ("gateway", "hq-fra1"), ("action", "maintenance-start"), ("origin", "upcloud_internal")));
        Assert.Empty(demo.Text.Where(AuditEvents, ("gateway", "staging-waw1")));
    }

    [Fact]
    public void The_demo_shows_an_established_tunnel_without_a_child_SA()
    {
        (string, string)[] noChildSa = [("gateway", "hq-fra1"), ("tunnel", "aws-eu-central-t2")];
        Assert.Equal(1, demo.Text.Value(TunnelState, [.. noChildSa, ("state", "established")]));
        Assert.Equal(0, demo.Text.Value(ChildSas, noChildSa));
    }

    [Fact]
    public void The_demo_shows_a_gateway_with_more_tunnels_than_its_plan_allows()
    {
        Assert.True(demo.Text.Value("upcloud_gateway_vpn_tunnels", ("gateway", "lab-sto1")) > demo.Text.Value("upcloud_gateway_plan_vpn_max_tunnels", ("gateway", "lab-sto1")));
    }

    /// <summary>The exposition with the values that depend on how long calls took, or when the poll ran, replaced by <c>*</c>.</summary>
    private static string Masked(string exposition) => Timing().Replace(exposition, "$1 *");

    [GeneratedRegex(@"^((?:upcloud_gateway_exporter_api_request_duration_seconds_(?:bucket|sum)|upcloud_gateway_exporter_last_poll_duration_seconds|[a-z_]+_timestamp_seconds)(?:\{[^\n]*\})?) [^ \n]+$", RegexOptions.Multiline)]
    private static partial Regex Timing();
}
