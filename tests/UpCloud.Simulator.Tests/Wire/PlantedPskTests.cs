namespace UpCloud.Simulator.Tests.Wire;

public sealed class PlantedPskTests
{
    [Fact]
    public async Task No_response_carries_a_psk_unless_one_is_planted()
    {
        await using var api = await SimulatedCloud.StartAsync();

        var list = await api.GetBodyAsync("1.3/gateway?limit=100");

        Assert.DoesNotContain("\"psk\":", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planted_psk_appears_in_its_tunnel_and_nowhere_else()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        var connection = gateway.Connections[0];
        var (planted, clean) = (connection.Tunnels[0], connection.Tunnels[1]);

        api.Fleet.Update(() => planted.Psk = "hunter2-planted");

        Assert.Contains("\"psk\":\"hunter2-planted\"", await api.GetBodyAsync(Paths.Tunnel(gateway, connection, planted)), StringComparison.Ordinal);
        Assert.DoesNotContain("\"psk\":", await api.GetBodyAsync(Paths.Tunnel(gateway, connection, clean)), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", await api.GetBodyAsync(Paths.Metrics(gateway)), StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(await api.GetBodyAsync("1.3/gateway"), "hunter2-planted"));
    }
}
