using System.Net;
using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Tests.Endpoints;

public sealed class GatewayListTests
{
    [Fact]
    public async Task A_list_without_limit_returns_the_first_ten_gateways()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Gateways = 25);

        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal(api.Fleet.Gateways.Take(10).Select(g => g.Uuid), list.EnumerateArray().Select(g => g.GetProperty("uuid").GetString()));
    }

    [Fact]
    public async Task A_list_returns_at_most_a_hundred_gateways_per_page()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Gateways = 150);

        var list = await api.GetJsonAsync("1.3/gateway?limit=100");

        Assert.Equal(100, list.GetArrayLength());
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-5", "offset")]
    public async Task An_out_of_range_page_parameter_is_a_400_problem_naming_it(string query, string parameter)
    {
        await using var api = await SimulatedCloud.StartAsync();

        using var response = await api.GetAsync($"1.3/gateway?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.RootElement.GetProperty("invalid_params")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Offsets_page_through_the_fleet_in_a_stable_order()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Gateways = 7);

        var first = await api.GetJsonAsync("1.3/gateway?limit=3&offset=0");
        var second = await api.GetJsonAsync("1.3/gateway?limit=3&offset=3");
        var third = await api.GetJsonAsync("1.3/gateway?limit=3&offset=6");

        var served = new[] { first, second, third }.SelectMany(page => page.EnumerateArray()).Select(g => g.GetProperty("uuid").GetString());
        Assert.Equal(api.Fleet.Gateways.Select(g => g.Uuid), served);
        Assert.Equal(1, third.GetArrayLength());
    }

    [Fact]
    public async Task The_label_filter_matches_key_value_pairs_and_bare_keys()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Gateways = 6);
        var tagged = api.Fleet.Gateways.Take(2).ToList();
        tagged[0].Labels.Add(new SimLabel { Key = "shard", Value = "blue" });
        tagged[1].Labels.Add(new SimLabel { Key = "shard", Value = "green" });

        var blue = await api.GetJsonAsync("1.3/gateway?label=shard%3Dblue");
        var anyShard = await api.GetJsonAsync("1.3/gateway?label=shard");

        Assert.Equal([tagged[0].Uuid], blue.EnumerateArray().Select(g => g.GetProperty("uuid").GetString()));
        Assert.Equal(tagged.Select(g => g.Uuid), anyShard.EnumerateArray().Select(g => g.GetProperty("uuid").GetString()));
    }

    [Fact]
    public async Task A_thousand_gateway_fleet_lists_in_ten_full_pages()
    {
        await using var api = await SimulatedCloud.StartAsync(configure: o => o.Gateways = 1000);
        var uuids = new HashSet<string>();
        var fullPages = 0;

        for (var offset = 0; ; offset += 100)
        {
            var page = await api.GetJsonAsync($"1.3/gateway?limit=100&offset={offset}");
            foreach (var gateway in page.EnumerateArray())
            {
                uuids.Add(gateway.GetProperty("uuid").GetString()!);
            }

            if (page.GetArrayLength() < 100)
            {
                break;
            }

            fullPages++;
        }

        Assert.Equal(10, fullPages);
        Assert.Equal(1000, uuids.Count);
    }
}
