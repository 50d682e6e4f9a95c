using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using UpCloud.Api.Json;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class UnknownFieldTests
{
    [Theory]
    [InlineData("gateways.json")]
    [InlineData("gateway.json")]
    [InlineData("connections.json")]
    [InlineData("connection.json")]
    [InlineData("tunnels.json")]
    [InlineData("tunnel.json")]
    [InlineData("metrics.json")]
    [InlineData("metrics-null-ike-sas.json")]
    public async Task Unknown_objects_and_arrays_added_to_every_object_of_a_fixture_change_no_parsed_value(string fixture)
    {
        var original = Encoding.UTF8.GetString(Fixtures.Bytes(fixture));
        var compact = JsonNode.Parse(original)!.ToJsonString();
        var flooded = Flood(JsonNode.Parse(original)!).ToJsonString();
        Assert.True(flooded.Length > compact.Length + 300, "the flood added little");

        var plain = await ParseAsync(fixture, original);
        var noisy = await ParseAsync(fixture, flooded);

        Assert.Equal(plain, noisy);
        Assert.True(plain.Length > 100, plain);
        Assert.DoesNotContain("x_future", plain, StringComparison.Ordinal);
    }

    /// <summary>Parses the body as the fixture's endpoint would, and renders the models back to JSON for comparison.</summary>
    private static async Task<string> ParseAsync(string fixture, string body)
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));
        var context = UpCloudJsonContext.Default;
        switch (fixture)
        {
            case "gateways.json":
                var list = await api.Client.ListAllGatewaysAsync();
                return string.Join("\n", list.Gateways.Select(g => JsonSerializer.Serialize(g, context.Gateway)))
                    + "\nrejected: " + string.Join(",", list.Rejected.Select(r => r.Uuid));
            case "gateway.json":
                return JsonSerializer.Serialize(await api.Single.GetGatewayAsync("gw"), context.Gateway);
            case "connections.json":
                return JsonSerializer.Serialize(await api.Client.Connections.ListAsync("gw"), context.IReadOnlyListGatewayConnection);
            case "connection.json":
                return JsonSerializer.Serialize(await api.Single.GetConnectionAsync("gw", "c"), context.GatewayConnection);
            case "tunnels.json":
                return JsonSerializer.Serialize(await api.Client.Tunnels.ListAsync("gw", "c"), context.IReadOnlyListTunnel);
            case "tunnel.json":
                return JsonSerializer.Serialize(await api.Single.GetTunnelAsync("gw", "c", "t"), context.Tunnel);
            default:
                return JsonSerializer.Serialize(await api.Client.Metrics.GetAsync("gw"), context.GatewayMetrics);
        }
    }

    /// <summary>Adds an unknown nested object and an unknown array of mixed values to every object, except inside the raw internal IP.</summary>
    private static JsonNode Flood(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is not null && name != "tunnel_internal_ip")
                    {
                        Flood(child);
                    }
                }

                obj["x_future_object"] = new JsonObject
                {
                    ["level"] = 1,
                    ["next"] = new JsonObject { ["items"] = new JsonArray(1, "two", null, true, new JsonObject { ["deep"] = new JsonArray(new JsonArray(), new JsonObject()) }) },
                };
                obj["x_future_list"] = new JsonArray(new JsonObject { ["uuid"] = "not-mine" }, new JsonArray(2, 3), "text", 4.5);
                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    if (child is not null)
                    {
                        Flood(child);
                    }
                }

                break;
        }

        return node;
    }
}
