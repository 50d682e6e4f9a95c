using System.Web;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class GatewayPagingTests
{
    /// <summary>Serves a fleet of <paramref name="total"/> gateways the way the API pages them: limit defaults to 10, at most 100.</summary>
    private static StubHandler Fleet(int total) => new(request =>
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var limit = Math.Min(int.Parse(query["limit"] ?? "10", System.Globalization.CultureInfo.InvariantCulture), 100);
        var offset = int.Parse(query["offset"] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        return Responses.Json(Responses.GatewayPage(offset, Math.Max(0, Math.Min(limit, total - offset))));
    });

    [Fact]
    public async Task Gateway_list_pages_with_limit_100_until_a_short_page()
    {
        using var api = new StubApi(Fleet(203));

        var list = await api.Client.ListAllGatewaysAsync();

        Assert.Equal(Enumerable.Range(0, 203).Select(i => $"gw-{i}"), list.Gateways.Select(g => g.Uuid));
        Assert.Empty(list.Rejected);
        Assert.Equal(3, api.Handler.Requests.Count);
        api.AssertSent(0, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=0");
        api.AssertSent(1, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=100");
        api.AssertSent(2, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=200");
    }

    [Fact]
    public async Task Gateway_list_of_exactly_one_full_page_ends_at_the_empty_page_after_it()
    {
        using var api = new StubApi(Fleet(100));

        var list = await api.Client.ListAllGatewaysAsync();

        Assert.Equal(100, list.Gateways.Count);
        Assert.Equal(2, api.Handler.Requests.Count);
        api.AssertSent(1, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=100");
    }

    [Fact]
    public async Task Gateway_list_counts_a_rejected_entry_towards_the_page_so_paging_continues()
    {
        var second = Responses.GatewayPage(100, 2);
        var first = Responses.GatewayPage(0, 99)[..^1] + """,{"uuid":"bad","name":7}]""";
        using var api = new StubApi(StubHandler.Sequence(() => Responses.Json(first), () => Responses.Json(second)));

        var list = await api.Client.ListAllGatewaysAsync();

        Assert.Equal(2, api.Handler.Requests.Count);
        Assert.Equal(101, list.Gateways.Count);
        Assert.Equal("bad", Assert.Single(list.Rejected).Uuid);
        Assert.Equal(["gw-100", "gw-101"], list.Gateways.TakeLast(2).Select(g => g.Uuid));
    }

    [Fact]
    public async Task Gateway_list_sends_the_label_filter_escaped_on_every_page()
    {
        using var api = new StubApi(Fleet(150));

        var list = await api.Client.ListAllGatewaysAsync("env=prod");

        Assert.Equal(150, list.Gateways.Count);
        api.AssertSent(0, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=0&label=env%3Dprod");
        api.AssertSent(1, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=100&label=env%3Dprod");
        Assert.Equal(2, api.Handler.Requests.Count);
    }

    [Fact]
    public async Task Gateway_list_page_sends_the_limit_and_offset_it_was_given()
    {
        using var api = new StubApi(Fleet(30));

        var page = await api.Client.Gateways.ListPageAsync(10, 20, "team");

        Assert.Equal(Enumerable.Range(20, 10).Select(i => $"gw-{i}"), page.Gateways.Select(g => g.Uuid));
        api.AssertOnlyRequest(UpCloudRoutes.Gateways, "/1.3/gateway?limit=10&offset=20&label=team");
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(101, 0)]
    [InlineData(10, -1)]
    public async Task Gateway_list_page_refuses_a_limit_or_offset_outside_the_api_range_without_calling_it(int limit, int offset)
    {
        using var api = new StubApi(Fleet(30));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => api.Client.Gateways.ListPageAsync(limit, offset));

        Assert.Empty(api.Handler.Requests);
    }

    [Fact]
    public async Task Gateway_list_gives_up_as_an_invalid_response_when_the_server_never_ends_the_list()
    {
        using var api = new StubApi(
            new StubHandler(_ => Responses.Json(Responses.GatewayPage(0, 100))),
            options: new UpCloudClientOptions { MaxListPages = 3 });

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(UpCloudRoutes.Gateways, ex.Route);
        Assert.Contains("3 pages", ex.Detail, StringComparison.Ordinal);
        Assert.Equal(3, api.Handler.Requests.Count);
        api.AssertSent(2, UpCloudRoutes.Gateways, "/1.3/gateway?limit=100&offset=200");
        Secrets.AssertAbsentFrom(ex);
    }
}
