using UpCloud.GatewayExporter.Tests.Support;
using static UpCloud.GatewayExporter.Tests.Support.Fleet;

namespace UpCloud.GatewayExporter.Tests.Metrics;

public sealed class SnapshotMapperTunnelStateTests
{
    private const string State = "upcloud_gateway_tunnel_state";

    [Theory]
    [InlineData("established", "established")]
    [InlineData("idle", "idle")]
    [InlineData("CONNECTING", "connecting")]
    [InlineData("destroying", "destroying")]
    [InlineData("unknown", "unknown")]
    [InlineData("uninitialized", "idle")]
    [InlineData(" Uninitialized ", "idle")]
    [InlineData("created", "connecting")]
    [InlineData("rekeying", "established")]
    [InlineData("REKEYED", "established")]
    [InlineData("deleting", "destroying")]
    [InlineData("passive", "unknown")]
    [InlineData("up", "unknown")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void Tunnel_state_folds_the_SDK_vocabulary_into_a_stateset_of_five_with_exactly_one_set(string? apiState, string expected)
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1", apiState)));

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([]))));

        var states = text.Where(State, ("tunnel", "t1")).ToDictionary(s => s["state"], s => s.Value);
        Assert.Equal(["connecting", "destroying", "established", "idle", "unknown"], states.Keys.Order().ToArray());
        Assert.Equal(1, states[expected]);
        Assert.Equal(4, states.Values.Count(v => v == 0));
    }

    [Fact]
    public void An_IKE_SA_in_its_rekey_counts_as_the_tunnels_established_SA()
    {
        var registry = new MappedRegistry();
        var connecting = Sa("office/t1", 10, null) with { OperationalState = "connecting", InternalState = "connecting" };
        var rekeying = Sa("office/t1", 5000, null, Child("88", 1)) with { OperationalState = "rekeying", InternalState = "rekeying" };
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1", "rekeying")));

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([], connecting, rekeying), TestClock.Start)));

        Assert.Equal(TestClock.Start.ToUnixTimeSeconds() - 5000, text.Value("upcloud_gateway_ipsec_ike_sa_established_timestamp_seconds", ("tunnel", "t1")));
        Assert.Equal(1, text.Value(State, ("tunnel", "t1"), ("state", "established")));
    }

    [Theory]
    [InlineData("started", "started")]
    [InlineData("stopped", "stopped")]
    [InlineData("suspended", "suspended")]
    [InlineData(null, "unknown")]
    public void Configured_state_is_one_series_with_what_the_owner_asked_for(string? configured, string expected)
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq") with { ConfiguredStatus = configured };

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([]))));

        var state = Assert.Single(text.Named("upcloud_gateway_configured_state"));
        Assert.Equal(expected, state["state"]);
        Assert.Equal(1, state.Value);
    }

    [Fact]
    public void A_down_tunnel_stays_visible_with_established_0_and_tunnel_up_0()
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1", "idle")));

        var text = registry.Apply(Snapshot(Observed(gateway, Readings([]))));

        Assert.Equal(0, text.Value(State, ("tunnel", "t1"), ("state", "established")));
        Assert.Equal(1, text.Value(State, ("tunnel", "t1"), ("state", "idle")));
        Assert.Equal(0, text.Value("upcloud_gateway_tunnel_up", ("tunnel", "t1")));
        Assert.Equal(0, text.Value("upcloud_gateway_ipsec_child_sas", ("tunnel", "t1")));
        Assert.Equal(1, text.Value("upcloud_gateway_tunnel_info", ("tunnel", "t1"), ("connection", "office")));
    }

    [Fact]
    public void Tunnel_info_carries_the_uuid_and_the_resolved_local_and_remote_addresses()
    {
        var registry = new MappedRegistry();
        var gateway = Gateway("gw-1", "hq", Connection("office", Tunnel("t1")));

        var info = registry.Apply(Snapshot(Observed(gateway, Readings([])))).Named("upcloud_gateway_tunnel_info").Single();

        Assert.Equal("gw-1", info["gateway_uuid"]);
        Assert.Equal("hq", info["gateway"]);
        Assert.Equal("t-t1", info["tunnel_uuid"]);
        Assert.Equal("100.127.0.10", info["local_address"]);
        Assert.Equal("203.0.113.20", info["remote_address"]);
    }

    [Fact]
    public void Gateway_operational_state_keeps_one_series_for_the_current_state_only()
    {
        var registry = new MappedRegistry();
        var running = Gateway("gw-1", "hq");
        registry.Apply(Snapshot(Observed(running, Readings([]))));
        var stopped = new UpCloud.Api.Models.Gateway { Uuid = "gw-1", Name = "hq", OperationalState = "setup-network" };

        var text = registry.Apply(Snapshot(Observed(stopped, Readings([]))));

        var state = Assert.Single(text.Named("upcloud_gateway_operational_state"));
        Assert.Equal("setup-network", state["state"]);
        Assert.Equal(1, state.Value);
    }
}
