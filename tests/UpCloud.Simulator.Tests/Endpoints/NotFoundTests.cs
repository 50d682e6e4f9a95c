using System.Net;
using System.Text.Json;

namespace UpCloud.Simulator.Tests.Endpoints;

public sealed class NotFoundTests
{
    [Theory]
    [InlineData("1.3/gateway/00000000-0000-4000-8000-000000000000")]
    [InlineData("1.3/gateway/00000000-0000-4000-8000-000000000000/metrics")]
    [InlineData("1.3/gateway/00000000-0000-4000-8000-000000000000/connections")]
    public async Task An_unknown_gateway_is_a_404_problem_with_a_correlation_id(string path)
    {
        await using var api = await SimulatedCloud.StartAsync();

        using var response = await api.GetAsync(path);

        await AssertNotFoundAsync(response);
    }

    [Fact]
    public async Task An_unknown_connection_or_tunnel_under_a_known_gateway_is_a_404()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var connection = gateway.Connections[0];
        var missing = Guid.NewGuid();

        using var connectionResponse = await api.GetAsync($"{Paths.Connections(gateway)}/{missing}");
        using var tunnelsResponse = await api.GetAsync($"{Paths.Connections(gateway)}/{missing}/tunnels");
        using var tunnelResponse = await api.GetAsync($"{Paths.Tunnels(gateway, connection)}/{missing}");

        await AssertNotFoundAsync(connectionResponse);
        await AssertNotFoundAsync(tunnelsResponse);
        await AssertNotFoundAsync(tunnelResponse);
    }

    [Fact]
    public async Task A_removed_gateway_answers_404_and_leaves_the_list()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[1];

        Assert.True(api.Fleet.RemoveGateway(gateway.Uuid));
        using var response = await api.GetAsync(Paths.Gateway(gateway));
        var list = await api.GetJsonAsync("1.3/gateway");

        await AssertNotFoundAsync(response);
        Assert.DoesNotContain(gateway.Uuid, list.EnumerateArray().Select(g => g.GetProperty("uuid").GetString()));
        Assert.False(api.Fleet.RemoveGateway(gateway.Uuid));
    }

    [Fact]
    public async Task Removed_connections_and_tunnels_disappear_from_their_parents()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var (gone, kept) = (gateway.Connections[0], gateway.Connections[1]);
        var goneTunnel = kept.Tunnels[0];

        Assert.True(api.Fleet.RemoveConnection(gateway.Uuid, gone.Uuid));
        Assert.True(api.Fleet.RemoveTunnel(gateway.Uuid, kept.Uuid, goneTunnel.Uuid));
        var connections = await api.GetJsonAsync(Paths.Connections(gateway));

        var connection = Assert.Single(connections.EnumerateArray());
        Assert.Equal(kept.Uuid, connection.GetProperty("uuid").GetString());
        Assert.DoesNotContain(goneTunnel.Uuid, connection.GetProperty("tunnels").EnumerateArray().Select(t => t.GetProperty("uuid").GetString()));
        await AssertNotFoundAsync(await api.GetAsync(Paths.Connection(gateway, gone)));
    }

    private static async Task AssertNotFoundAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        Assert.Equal("https://developers.upcloud.com/1.3/errors#ERROR_RESOURCE_NOT_FOUND", root.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Equal(404, root.GetProperty("status").GetInt32());
        Assert.True(Guid.TryParse(root.GetProperty("correlation_id").GetString(), out _));
    }
}
