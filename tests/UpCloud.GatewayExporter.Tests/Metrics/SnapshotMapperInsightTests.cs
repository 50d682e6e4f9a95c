using Microsoft.Extensions.Logging;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperInsightTests
{
    private static readonly GatewayPlan Advanced = new()
    {
        Name = "advanced", PerGatewayMaxConnections = 250_000, PerGatewayBandwidthMbps = 1000, PerGatewayMaximumVpnBandwidthMbps = 500, VpnTunnelAmount = 10,
    };

    private readonly ListLogger<SnapshotMapper> _log = new();

    [Fact]
    public void Each_node_gets_its_plan_limits_in_bytes_per_second_beside_the_tunnels_configured_and_allowed()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1"), Tunnel("t2")));

        var text = registry.Apply(WithPlans(Snapshot(Observed(gateway, Readings([Node("node-a", 1, 2, 3), Node("node-b", 1, 2, 3)]))), Advanced));

        Assert.All(new[] { "node-a", "node-b" }, node =>
        {
            Assert.Equal(250_000, text.Value("upcloud_gateway_plan_nat_max_connections", ("node", node)));
            Assert.Equal(125_000_000, text.Value("upcloud_gateway_plan_bandwidth_bytes_per_second", ("node", node)));
            Assert.Equal(62_500_000, text.Value("upcloud_gateway_plan_vpn_bandwidth_bytes_per_second", ("node", node)));
        });
        Assert.Equal(10, text.Value("upcloud_gateway_plan_vpn_max_tunnels"));
        Assert.Equal(2, text.Value("upcloud_gateway_vpn_tunnels"));
    }

    [Fact]
    public void A_plan_the_plans_list_does_not_know_gets_no_limit_series_and_one_log_line()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq") with { Plan = "enterprise" };
        var snapshot = WithPlans(Snapshot(Observed(gateway, Readings([Node("node-a", 1, 2, 3)]))), Advanced);

        registry.Apply(snapshot);
        var text = registry.Apply(snapshot);

        Assert.DoesNotContain(text.Samples, s => s.Name.StartsWith("upcloud_gateway_plan_", StringComparison.Ordinal));
        Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("plan enterprise, which GET /1.3/gateway/plans does not list", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_any_plans_read_there_are_no_limit_series_and_no_line_per_gateway()
    {
        var registry = new MappedRegistry(_log);

        var text = registry.Apply(Snapshot(Observed(Gateway("gw-1", "hq"), Readings([Node("node-a", 1, 2, 3)]))));

        Assert.DoesNotContain(text.Samples, s => s.Name.StartsWith("upcloud_gateway_plan_", StringComparison.Ordinal));
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void A_down_tunnel_shows_why_and_since_when_and_its_bad_log_events_keep_counting_across_a_restart()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1", "connecting")));
        var downAt = TestClock.Start.AddHours(-3);
        UpCloud.GatewayExporter.Polling.GatewayObservation Down(long badEvents) => Observed(gateway, Readings([], Sa("office/t1", 0, Heuristic(false, false, 2, 3) with
        {
            LastDownMessage = "IKE_SA_INIT: NO_PROPOSAL_CHOSEN", LastDownMessageUpdatedAt = downAt, LogMessageBadEvents = badEvents,
        }) with { OperationalState = "connecting", InternalState = "connecting", Established = null }));

        registry.Apply(Snapshot(Down(10)));
        var text = registry.Apply(Snapshot(Down(3)));

        Assert.Equal(1, text.Value("upcloud_gateway_tunnel_last_down_info", ("tunnel", "t1"), ("message", "IKE_SA_INIT: NO_PROPOSAL_CHOSEN")));
        Assert.Equal(downAt.ToUnixTimeSeconds(), text.Value("upcloud_gateway_tunnel_last_down_timestamp_seconds", ("tunnel", "t1")));
        Assert.Equal(13, text.Value("upcloud_gateway_tunnel_bad_log_events_total", ("tunnel", "t1")));
        Assert.Empty(text.Named("upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds"));
    }

    [Fact]
    public void Each_node_shows_when_upcloud_last_refreshed_its_numbers()
    {
        var registry = new MappedRegistry(_log);
        var updated = TestClock.Start.AddMinutes(-25);

        var text = registry.Apply(Snapshot(Observed(Gateway("gw-1", "hq"), Readings([Node("node-a", 1, 2, 3) with { UpdatedAt = updated }]))));

        Assert.Equal(updated.ToUnixTimeSeconds(), text.Value("upcloud_gateway_metrics_updated_timestamp_seconds", ("node", "node-a")));
    }

    [Fact]
    public void The_current_ike_sa_shows_its_version_initiator_and_next_rekey()
    {
        var text = MappedIkeSaWithThreeChildSas();

        Assert.Equal(1, text.Value("upcloud_gateway_ipsec_ike_sa_info", ("version", "1"), ("initiator", "false")));
        Assert.Equal(TestClock.Start.ToUnixTimeSeconds() + 600, text.Value("upcloud_gateway_ipsec_ike_sa_rekey_timestamp_seconds"));
        Assert.Empty(text.Named("upcloud_gateway_ipsec_ike_sa_reauth_timestamp_seconds"));
    }

    [Fact]
    public void The_child_sas_show_their_states_and_the_next_expiry()
    {
        var text = MappedIkeSaWithThreeChildSas();

        var states = text.Named("upcloud_gateway_ipsec_child_sa_states").ToDictionary(s => s["state"], s => s.Value);
        Assert.Equal(new Dictionary<string, double> { ["installed"] = 1, ["rekeying"] = 1, ["unknown"] = 1 }, states);
        Assert.Equal(TestClock.Start.ToUnixTimeSeconds() + 300, text.Value("upcloud_gateway_ipsec_child_sa_expiry_timestamp_seconds"));
    }

    [Fact]
    public void A_tunnel_without_child_sas_still_reports_zero_installed_and_no_expiry()
    {
        var registry = new MappedRegistry(_log);

        var text = registry.Apply(Snapshot(Observed(Gateway("gw-1", "hq", Connection("office", Tunnel("t1", "idle"))), Readings([]))));

        Assert.Equal(0, text.Value("upcloud_gateway_ipsec_child_sa_states", ("state", "installed")));
        Assert.Empty(text.Named("upcloud_gateway_ipsec_child_sa_expiry_timestamp_seconds"));
        Assert.Empty(text.Named("upcloud_gateway_ipsec_ike_sa_info"));
    }

    [Fact]
    public void Each_tunnel_shows_its_configured_proposals_and_lifetimes_on_one_info_series()
    {
        var registry = new MappedRegistry(_log);
        var tunnel = Tunnel("t1") with
        {
            Ipsec = new TunnelIpsec
            {
                Phase1Algorithms = ["3des", "aes128"], Phase1IntegrityAlgorithms = ["sha1"], Phase1DhGroupNumbers = [2, 14],
                Phase2Algorithms = ["aes256gcm128"], Phase2IntegrityAlgorithms = ["md5", "sha1"], Phase2DhGroupNumbers = [14],
                IkeLifetime = 86_400, RekeyTime = 28_800,
            },
        };

        var text = registry.Apply(Snapshot(Observed(Gateway("gw-1", "hq", Connection("office", tunnel)), Readings([]))));

        var info = Assert.Single(text.Named("upcloud_gateway_tunnel_ipsec_info"));
        Assert.Equal(
            ("3des,aes128", "sha1", "2,14", "aes256gcm128", "md5,sha1", "14", "86400", "28800", ""),
            (info["phase1_algorithms"], info["phase1_integrity_algorithms"], info["phase1_dh_groups"], info["phase2_algorithms"], info["phase2_integrity_algorithms"],
                info["phase2_dh_groups"], info["ike_lifetime_seconds"], info["rekey_time_seconds"], info["child_rekey_time_seconds"]));
    }

    private static UpCloud.GatewayExporter.Polling.PollSnapshot WithPlans(UpCloud.GatewayExporter.Polling.PollSnapshot snapshot, params GatewayPlan[] plans) =>
        snapshot with { Plans = plans.ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase) };

    /// <summary>An IKEv1 SA the peer initiated, rekeying in 10 minutes, with an installed, a rekeying and an unknown child SA.</summary>
    private ExpositionText MappedIkeSaWithThreeChildSas()
    {
        var registry = new MappedRegistry(_log);
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));
        var sa = Sa("office/t1", 60, null,
            Child("1", 10) with { LifeTime = 900 },
            Child("2", 10) with { State = "rekeying", LifeTime = 300 },
            Child("3", 10) with { State = "half-baked", LifeTime = 0 }) with { Version = 1, Initiator = false, RekeyTime = 600, ReauthTime = 0 };
        return registry.Apply(Snapshot(Observed(gateway, Readings([], sa))));
    }
}
