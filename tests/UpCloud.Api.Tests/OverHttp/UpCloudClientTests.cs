using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Api.Tests.OverHttp;

public sealed class UpCloudClientTests
{
    [Fact]
    public async Task The_gateway_list_returns_every_gateway_with_its_embedded_topology_in_every_wire_variant()
    {
        await using var h = await SimulatedCloud.StartAsync(8);
        var client = h.Client();

        var list = await client.ListAllGatewaysAsync();

        Assert.Empty(list.Rejected);
        Assert.Equal(h.Gateways.Select(g => g.Uuid), list.Gateways.Select(g => g.Uuid));
        for (var i = 0; i < h.Gateways.Count; i++)
        {
            FleetAssert.Gateway(h.Gateways[i], list.Gateways[i]);
        }

        // Eight consecutive gateways cover both router shapes, both DH group shapes and all three internal IP forms.
        Assert.Contains(h.Gateways, g => g.Wire.RoutersAsObject);
        Assert.Contains(h.Gateways, g => !g.Wire.RoutersAsObject);
        Assert.Equal(3, h.Gateways.Select(g => g.Wire.TunnelInternalIp).Distinct().Count());
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.Gateways));
    }

    [Fact]
    public async Task Gateway_get_over_http_returns_the_gateway_of_the_fleet()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();

        foreach (var expected in h.Gateways)
        {
            FleetAssert.Gateway(expected, await h.Single().GetGatewayAsync(expected.Uuid));
        }

        Assert.Equal(h.Gateways.Count, h.Simulator.Requests.Count(RouteTemplates.Gateway));
    }

    [Fact]
    public async Task Connection_endpoints_over_http_return_the_connections_of_the_fleet()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var gateway = h.Gateways[1];

        var connections = await client.Connections.ListAsync(gateway.Uuid);
        var second = await h.Single().GetConnectionAsync(gateway.Uuid, gateway.Connections[1].Uuid);

        Assert.Equal(gateway.Connections.Count, connections.Count);
        for (var i = 0; i < connections.Count; i++)
        {
            FleetAssert.Connection(gateway, gateway.Connections[i], connections[i]);
        }

        FleetAssert.Connection(gateway, gateway.Connections[1], second);
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.Connections));
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.Connection));
    }

    [Fact]
    public async Task Tunnel_endpoints_over_http_return_the_tunnels_of_the_fleet()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var gateway = h.Gateways[2];
        var connection = gateway.Connections[0];

        var tunnels = await client.Tunnels.ListAsync(gateway.Uuid, connection.Uuid);
        var last = await h.Single().GetTunnelAsync(gateway.Uuid, connection.Uuid, connection.Tunnels[^1].Uuid);

        Assert.Equal(connection.Tunnels.Count, tunnels.Count);
        for (var i = 0; i < tunnels.Count; i++)
        {
            FleetAssert.Tunnel(gateway, connection.Tunnels[i], tunnels[i]);
        }

        FleetAssert.Tunnel(gateway, connection.Tunnels[^1], last);
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.Tunnels));
        Assert.Equal(1, h.Simulator.Requests.Count(RouteTemplates.Tunnel));
    }

    [Fact]
    public async Task Tunnel_states_set_on_the_fleet_arrive_verbatim_over_http()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var gateway = h.Gateways[0];
        var tunnel = gateway.Connections[0].Tunnels[0];
        h.Simulator.Fleet.SetTunnelState(tunnel.Uuid, "half-open-v9");

        var parsed = await h.Single().GetTunnelAsync(gateway.Uuid, gateway.Connections[0].Uuid, tunnel.Uuid);

        Assert.Equal("half-open-v9", parsed.OperationalState);
    }

    [Fact]
    public async Task Metrics_over_http_return_the_nat_nodes_and_security_associations_of_the_fleet()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client(credentials: Secrets.Bearer());

        foreach (var gateway in h.Gateways)
        {
            var metrics = await client.Metrics.GetAsync(gateway.Uuid);
            lock (h.Simulator.Fleet.SyncRoot)
            {
                FleetAssert.Metrics(gateway, metrics);
            }
        }

        Assert.Contains(h.Gateways, g => g.Wire.PluralTrafficSelectors);
        Assert.Contains(h.Gateways, g => g.Wire.RejectedAsConnections);
        Assert.All(h.Gateways, g => Assert.Contains(g.Connections.SelectMany(c => c.Tunnels), t => t.IkeSa is { ChildSas.Count: > 0 }));
        Assert.Contains(h.Gateways.SelectMany(g => g.Connections).SelectMany(c => c.Tunnels), t => t.IkeSa?.ChildSas.Exists(c => c.BytesIn > 0) == true);
        Assert.Contains(h.Gateways.SelectMany(g => g.NatNodes), n => n.TotalAccepted > 0 && n.TotalRejected > 0);
        Assert.Equal(h.Gateways.Count, h.Simulator.Requests.Count(RouteTemplates.Metrics));
    }

    [Fact]
    public async Task Metrics_over_http_of_a_gateway_without_vpn_carry_null_ike_sas()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var gateway = h.Gateways[0];
        h.Simulator.Fleet.Update(() => gateway.Features.Remove("vpn"));

        var metrics = await client.Metrics.GetAsync(gateway.Uuid);

        Assert.Null(metrics.Ipsec!.IkeSas);
        Assert.Equal(gateway.NatNodes.Select(n => n.Name), metrics.Nodes!.Select(n => n.Name));
    }

    [Fact]
    public async Task Gateway_list_over_http_pages_105_gateways_in_exactly_two_requests()
    {
        await using var h = await SimulatedCloud.StartAsync(105);
        var client = h.Client();

        var list = await client.ListAllGatewaysAsync();

        Assert.Equal(105, list.Gateways.Count);
        Assert.Empty(list.Rejected);
        Assert.Equal(h.Gateways.Select(g => g.Uuid), list.Gateways.Select(g => g.Uuid));
        Assert.Equal(2, h.Simulator.Requests.Count(RouteTemplates.Gateways));
        Assert.Equal(2, h.Simulator.Requests.Total);
    }

    [Fact]
    public async Task Gateway_list_over_http_with_a_key_value_label_returns_only_the_matching_gateways()
    {
        await using var h = await SimulatedCloud.StartAsync(12);
        var client = h.Client();
        var env = h.Gateways[0].Labels.Single(l => l.Key == "env").Value;
        var expected = h.Gateways.Where(g => g.Labels.Exists(l => l.Key == "env" && l.Value == env)).Select(g => g.Uuid).ToList();

        var list = await client.ListAllGatewaysAsync($"env={env}");

        Assert.Equal(expected, list.Gateways.Select(g => g.Uuid));
        Assert.InRange(expected.Count, 1, h.Gateways.Count - 1);
    }

    [Fact]
    public async Task Gateway_list_over_http_with_a_bare_key_label_returns_the_gateways_carrying_that_key()
    {
        await using var h = await SimulatedCloud.StartAsync(5);
        var client = h.Client();
        var tagged = h.Gateways[3];
        h.Simulator.Fleet.Update(() => tagged.Labels.Add(new SimLabel { Key = "exporter", Value = "scrape me" }));

        var list = await client.ListAllGatewaysAsync("exporter");

        Assert.Equal(tagged.Uuid, Assert.Single(list.Gateways).Uuid);
        Assert.Contains(("exporter", "scrape me"), list.Gateways[0].Labels!.Select(l => (l.Key, l.Value)));
    }

    [Fact]
    public async Task Unknown_fields_flooded_into_every_object_over_http_change_no_parsed_value()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        h.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields });

        var list = await client.ListAllGatewaysAsync();
        var metrics = await client.Metrics.GetAsync(h.Gateways[1].Uuid);

        Assert.Empty(list.Rejected);
        for (var i = 0; i < h.Gateways.Count; i++)
        {
            FleetAssert.Gateway(h.Gateways[i], list.Gateways[i]);
        }

        lock (h.Simulator.Fleet.SyncRoot)
        {
            FleetAssert.Metrics(h.Gateways[1], metrics);
        }
    }

    [Fact]
    public async Task Psk_planted_in_the_simulator_reaches_no_parsed_model_over_http()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var gateway = h.Gateways[0];
        var connection = gateway.Connections[0];
        h.Simulator.Fleet.Update(() => gateway.Connections.SelectMany(c => c.Tunnels).ToList().ForEach(t => t.Psk = TestCredentials.Psk));

        var list = await client.ListAllGatewaysAsync();
        var tunnels = await client.Tunnels.ListAsync(gateway.Uuid, connection.Uuid);
        var tunnel = await h.Single().GetTunnelAsync(gateway.Uuid, connection.Uuid, connection.Tunnels[0].Uuid);
        var connections = await client.Connections.ListAsync(gateway.Uuid);

        using var raw = new HttpRequestMessage(HttpMethod.Get, $"1.3/gateway/{gateway.Uuid}/connections/{connection.Uuid}/tunnels/{connection.Tunnels[0].Uuid}");
        raw.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestCredentials.Token);
        using var rawResponse = await h.Http.SendAsync(raw);
        Assert.Contains(TestCredentials.Psk, await rawResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var texts = ModelText.Of(new object[] { list, tunnels, tunnel, connections });
        Assert.Contains(connection.Tunnels[0].Name, texts);
        Assert.DoesNotContain(texts, t => t.Contains(TestCredentials.Psk, StringComparison.Ordinal));
    }
}
