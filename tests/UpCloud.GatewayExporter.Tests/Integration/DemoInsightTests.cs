using Microsoft.Extensions.Time.Testing;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Tests.Integration;

/// <summary>What a new user's <c>--demo</c> shows of the operator insight: each case the demo fleet is built to have.</summary>
public sealed class DemoInsightTests
{
    private const string Token = "ucat_demo_insight";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_shows_a_nat_node_near_its_limit_a_tunnel_down_with_its_reason_a_stale_gateway_a_weak_tunnel_its_audit_log_and_a_gateway_over_its_plan()
    {
        var options = SimulatorOptions.Demo();
        options.Token = Token;
        var time = new FakeTimeProvider(Now);
        options.TimeProvider = time;
        await using var demo = await UpCloudSimulator.StartAsync(options);

        var run = await ExporterCommand.RunOnceAsync(time, "--UPCLOUD_API_URL", demo.BaseAddress.AbsoluteUri, "--UPCLOUD_TOKEN", Token);
        var text = ExpositionText.Parse(run.Stdout);

        Assert.Equal(0, run.ExitCode);
        (string, string)[] egressNodeA = [("gateway", "egress-ams1"), ("node", "node-a")];
        Assert.InRange(text.Value(MetricNames.NatActive, egressNodeA) / text.Value(MetricNames.PlanNatMaxConnections, egressNodeA), 0.9, 1);
        (string, string)[] down = [("gateway", "hq-fra1"), ("tunnel", "office-berlin-t2")];
        Assert.Equal(0, text.Value("upcloud_gateway_tunnel_state", [.. down, ("state", "established")]));
        Assert.Equal("IKE_SA_INIT: NO_PROPOSAL_CHOSEN", Assert.Single(text.Where("upcloud_gateway_tunnel_last_down_info", down))["message"]);
        Assert.All(text.Where("upcloud_gateway_metrics_updated_timestamp_seconds", ("gateway", "lab-sto1")),
            stale => Assert.True(stale.Value <= Now.ToUnixTimeSeconds() - 600, $"lab-sto1 was refreshed at {stale.Value}"));
        Assert.All(text.Named("upcloud_gateway_metrics_updated_timestamp_seconds").Where(s => s["gateway"] != "lab-sto1"),
            fresh => Assert.InRange(fresh.Value, Now.ToUnixTimeSeconds() - 60, Now.ToUnixTimeSeconds()));
        var weak = Assert.Single(text.Where("upcloud_gateway_tunnel_ipsec_info", ("tunnel", "office-berlin-t1")));
        Assert.Contains("3des", weak["phase1_algorithms"].Split(','));
        Assert.Contains("sha1", weak["phase1_integrity_algorithms"].Split(','));

        // The audit log: UpCloud's maintenance of hq-fra1 twelve minutes ago, and changes with their origins and times.
        Assert.Equal(1, text.Value(MetricNames.AuditLogUp));
        Assert.Equal(Now.AddMinutes(-12).ToUnixTimeSeconds(), text.Value(MetricNames.LastMaintenance, ("gateway", "hq-fra1")));
        Assert.Equal(Now.AddMinutes(-9).ToUnixTimeSeconds(), text.Value(MetricNames.LastChange, ("gateway", "hq-fra1"), ("origin", "upcloud_internal")));
        Assert.Equal(Now.AddMinutes(-20).ToUnixTimeSeconds(), text.Value(MetricNames.LastChange, ("gateway", "branch-hel1"), ("origin", "api")));
        Assert.Equal(Now.AddHours(-5).ToUnixTimeSeconds(), text.Value(MetricNames.LastChange, ("gateway", "lab-sto1"), ("origin", "gui")));
        Assert.Equal(1, text.Value(MetricNames.AuditEvents, ("gateway", "hq-fra1"), ("action", "maintenance-start"), ("origin", "upcloud_internal")));
        Assert.Empty(text.Where(MetricNames.AuditEvents, ("gateway", "staging-waw1")));

        // An established tunnel without a child SA, and a gateway with more tunnels than its plan allows.
        (string, string)[] noChildSa = [("gateway", "hq-fra1"), ("tunnel", "aws-eu-central-t2")];
        Assert.Equal(1, text.Value(MetricNames.TunnelState, [.. noChildSa, ("state", "established")]));
        Assert.Equal(0, text.Value(MetricNames.ChildSas, noChildSa));
        Assert.True(text.Value("upcloud_gateway_vpn_tunnels", ("gateway", "lab-sto1")) > text.Value("upcloud_gateway_plan_vpn_max_tunnels", ("gateway", "lab-sto1")));
    }
}
