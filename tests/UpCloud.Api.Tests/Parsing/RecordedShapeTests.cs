using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

/// <summary>The shapes UpCloud's real API returned in its Go SDK's recorded tests, in the project's own fixtures.</summary>
public sealed class RecordedShapeTests
{
    [Fact]
    public async Task A_nat_only_gateway_without_plan_or_addresses_reads_with_both_missing()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/gateway-nat-only.json"));

        var gateway = await api.Single.GetGatewayAsync("10aa11bb-22cc-4d33-8e44-55ff66007788");

        Assert.Equal(("office-nat", "fi-hel2", "running"), (gateway.Name, gateway.Zone, gateway.OperationalState));
        Assert.Null(gateway.Plan);
        Assert.Null(gateway.Addresses);
        Assert.Null(gateway.Connections);
        Assert.Equal(["nat"], gateway.Features!);
        Assert.Empty(gateway.Labels!);
        Assert.Equal("04a1b2c3-7d8e-4f90-a1b2-c3d4e5f60718", Assert.Single(gateway.Routers!).Uuid);
    }

    [Fact]
    public async Task Routers_sent_as_one_object_read_as_a_one_element_list()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/gateway-routers-object.json"));

        var gateway = await api.Single.GetGatewayAsync("10bb22cc-33dd-4e44-9f55-6600aa11bb22");

        Assert.Equal("04b2c3d4-8e9f-4a01-b2c3-d4e5f6071829", Assert.Single(gateway.Routers!).Uuid);
        Assert.Equal("94.237.0.17", Assert.Single(gateway.Addresses!).Address);
    }

    [Fact]
    public async Task Connections_and_tunnels_without_uuid_read_by_name_with_their_uninitialized_state_kept_as_sent()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/connections-without-uuids.json"));

        var connection = Assert.Single(await api.Client.Connections.ListAsync("10cc"));

        Assert.Null(connection.Uuid);
        Assert.Equal("branch-link", connection.Name);
        var tunnel = Assert.Single(connection.Tunnels!);
        Assert.Null(tunnel.Uuid);
        Assert.Equal(("branch-link-t1", "uninitialized"), (tunnel.Name, tunnel.OperationalState));
        Assert.Equal([19, 20], tunnel.Ipsec!.Phase1DhGroupNumbers!);
    }

    [Fact]
    public async Task The_tunnels_of_a_connection_without_uuid_are_asked_for_under_its_name()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json("[]")));

        await api.Client.Tunnels.ListAsync("10cc", "branch link/1");

        api.AssertOnlyRequest(UpCloudRoutes.Tunnels, "/1.3/gateway/10cc/connections/branch%20link%2F1/tunnels");
    }

    [Fact]
    public async Task All_six_ipsec_algorithm_and_dh_group_fields_sent_as_scalars_read_as_one_element_lists()
    {
        using var api = new StubApi(StubHandler.Serving("recorded-shapes/tunnel-ipsec-scalars.json"));

        var ipsec = (await api.Single.GetTunnelAsync("10cc", "c", "legacy-t1")).Ipsec!;

        Assert.Equal(["aes128"], ipsec.Phase1Algorithms!);
        Assert.Equal(["aes128gcm128"], ipsec.Phase2Algorithms!);
        Assert.Equal(["sha256"], ipsec.Phase1IntegrityAlgorithms!);
        Assert.Equal(["sha512"], ipsec.Phase2IntegrityAlgorithms!);
        Assert.Equal([14], ipsec.Phase1DhGroupNumbers!);
        Assert.Equal([21], ipsec.Phase2DhGroupNumbers!);
    }
}
