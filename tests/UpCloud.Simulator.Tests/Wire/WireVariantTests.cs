using System.Text.Json;

namespace UpCloud.Simulator.Tests.Wire;

public sealed class WireVariantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(-3)]
    public async Task Any_four_gateway_fleet_shows_every_documented_wire_variant(int seed)
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Gateways, o.Seed) = (4, seed));
        var gateways = (await api.GetJsonAsync("1.3/gateway")).EnumerateArray().ToList();
        var tunnels = gateways.SelectMany(g => g.GetProperty("connections").EnumerateArray()).SelectMany(c => c.GetProperty("tunnels").EnumerateArray()).ToList();
        var metrics = new List<JsonElement>();
        foreach (var gateway in api.Fleet.Gateways)
        {
            metrics.Add(await api.GetJsonAsync(Paths.Metrics(gateway)));
        }

        var nodes = metrics.SelectMany(m => m.GetProperty("gateways").EnumerateArray()).ToList();
        var childSas = metrics.SelectMany(m => m.GetProperty("ipsec_metrics").GetProperty("ike_sas").EnumerateArray()).SelectMany(sa => sa.GetProperty("child_sas").EnumerateArray()).ToList();

        Assert.Equal([JsonValueKind.Object, JsonValueKind.Array], Kinds(gateways.Select(g => g.GetProperty("routers"))));
        Assert.Equal([JsonValueKind.Array, JsonValueKind.Number], Kinds(tunnels.Select(t => t.GetProperty("ipsec").GetProperty("phase1_dh_group_numbers"))));
        Assert.Equal([JsonValueKind.Array, JsonValueKind.Number], Kinds(tunnels.Select(t => t.GetProperty("ipsec").GetProperty("phase2_dh_group_numbers"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.Object, JsonValueKind.String], Kinds(tunnels.Select(t => Property(t, "tunnel_internal_ip"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.True], Kinds(tunnels.Select(t => Property(t, "tunnel_up"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.Object], Kinds(tunnels.Select(t => Property(t, "bgp"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.True], Kinds(gateways.Select(g => Property(g, "automatic_tunnel_internal_ip_allocation"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.String], Kinds(gateways.SelectMany(g => g.GetProperty("addresses").EnumerateArray()).Select(a => Property(a, "address"))));
        Assert.Equal([JsonValueKind.Undefined, JsonValueKind.String], Kinds(gateways.Select(g => Property(g, "maintenance_dow"))));
        Assert.Contains(nodes, n => n.TryGetProperty("total_rejected_sessions", out _));
        Assert.Contains(nodes, n => n.TryGetProperty("total_rejected_connections", out _));
        Assert.Contains(childSas, sa => sa.TryGetProperty("local_traffic_selector", out _) && sa.TryGetProperty("remote_traffic_selector", out _));
        Assert.Contains(childSas, sa => sa.TryGetProperty("local_traffic_selectors", out _) && sa.TryGetProperty("remote_traffic_selectors", out _));
    }

    [Fact]
    public async Task Without_wire_variants_every_gateway_has_the_canonical_shape()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => (o.Gateways, o.WireVariants) = (4, false));

        var gateways = (await api.GetJsonAsync("1.3/gateway")).EnumerateArray().ToList();

        Assert.All(gateways, g => Assert.Equal(JsonValueKind.Array, g.GetProperty("routers").ValueKind));
        Assert.All(gateways, g => Assert.False(g.TryGetProperty("maintenance_dow", out _)));
        Assert.All(gateways, g => Assert.All(g.GetProperty("addresses").EnumerateArray(), a => Assert.True(a.TryGetProperty("address", out _))));
    }

    private static JsonElement Property(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value : default;

    // Sorted by enum value, so expectations list kinds in JsonValueKind's declaration order.
    private static JsonValueKind[] Kinds(IEnumerable<JsonElement> elements) => [.. elements.Select(e => e.ValueKind).Distinct().Order()];
}
