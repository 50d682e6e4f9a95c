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
    [InlineData("uninitialized", "idle")]
    [InlineData("rekeying", "unknown")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void Tunnel_state_is_a_stateset_with_exactly_the_current_state_set(string? apiState, string expected)
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
