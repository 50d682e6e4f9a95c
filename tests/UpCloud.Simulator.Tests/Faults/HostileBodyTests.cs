using System.Net;
using System.Text.Json;
using UpCloud.Simulator.Faults;

namespace UpCloud.Simulator.Tests.Faults;

/// <summary>The hostile answers of the mutating API: each in the shape and size its rule asks for.</summary>
public sealed class HostileBodyTests
{
    private const long Size = 300 * 1024;

    [Fact]
    public async Task Deep_nesting_puts_an_unknown_field_half_the_size_deep_in_an_entry_where_the_route_keeps_them()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.DeepNesting, Size = Size });

        var list = await BytesAsync(api, "1.3/gateway");
        var metrics = await BytesAsync(api, Paths.Metrics(api.Fleet.Gateways[0]));

        Assert.Equal(Size / 2, Depth(list) - 1);
        Assert.Equal(Size / 2, Depth(metrics) - 2);
        using var document = JsonDocument.Parse(metrics, new JsonDocumentOptions { MaxDepth = int.MaxValue });
        Assert.Equal("deep", document.RootElement.GetProperty("gateways")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_huge_string_is_one_name_of_the_size()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.HugeString, Size = Size });

        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.Equal(Size, Assert.Single(list.EnumerateArray()).GetProperty("name").GetString()!.Length);
    }

    [Fact]
    public async Task Tiny_items_are_a_third_of_the_size_in_empty_objects()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TinyItems, Size = Size });

        var metrics = await api.GetJsonAsync(Paths.Metrics(api.Fleet.Gateways[0]));

        var nodes = metrics.GetProperty("gateways");
        Assert.Equal(Size / 3 + 1, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), node => Assert.Empty(node.EnumerateObject()));
    }

    [Fact]
    public async Task Duplicate_entries_repeat_the_first_gateway_of_the_list_until_the_body_is_about_the_size()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 2);
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.DuplicateEntries, Size = Size });

        var body = await BytesAsync(api, "1.3/gateway");

        using var list = JsonDocument.Parse(body);
        var uuids = list.RootElement.EnumerateArray().Select(entry => entry.GetProperty("uuid").GetString()).ToList();
        Assert.InRange(body.Length, Size - 10_000, Size);
        Assert.Equal(api.Fleet.Gateways[1].Uuid, uuids[^1]);
        Assert.All(uuids[..^1], uuid => Assert.Equal(api.Fleet.Gateways[0].Uuid, uuid));
    }

    [Fact]
    public async Task Mutated_values_keep_every_object_and_put_wrong_types_and_number_edges_in_place_of_some_values()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: options => options.Gateways = 20);
        var normal = await api.GetBodyAsync("1.3/gateway");
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.MutatedValues });

        var mutated = await api.GetBodyAsync("1.3/gateway");

        using var was = JsonDocument.Parse(normal);
        using var now = JsonDocument.Parse(mutated);
        Assert.Equal(was.RootElement.GetArrayLength(), now.RootElement.GetArrayLength());
        Assert.All(now.RootElement.EnumerateArray(), entry => Assert.Equal(JsonValueKind.Object, entry.ValueKind));
        Assert.NotEqual(normal, mutated);
        Assert.True(mutated.Contains("1e308", StringComparison.Ordinal) && mutated.Contains("18446744073709551616", StringComparison.Ordinal), mutated);
    }

    [Fact]
    public async Task An_oversized_error_streams_a_problem_of_the_size_with_the_status()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.OversizedError, StatusCode = 503, Size = Size });

        using var response = await api.GetAsync("1.3/gateway");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(Size, JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!.Length);
    }

    [Fact]
    public async Task A_streamed_body_can_state_its_length_up_front()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.OversizedBody, Size = Size, DeclareLength = true });

        using var response = await api.GetAsync("1.3/gateway");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.InRange(body.Length, Size - 64 * 1024, Size + 4);
    }

    [Fact]
    public async Task A_broken_transfer_promises_the_whole_body_and_ends_the_connection_halfway()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.BrokenTransfer });

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => api.Http.GetByteArrayAsync("1.3/gateway"));
    }

    private static async Task<byte[]> BytesAsync(SimulatedCloud api, string path) => await api.Http.GetByteArrayAsync(path.TrimStart('/'));

    private static int Depth(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        var deepest = 0;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth);
        }

        return deepest;
    }
}
