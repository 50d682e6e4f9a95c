using System.Net;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Parsing;

public sealed class HostileShapeParsingTests
{
    [Fact]
    public async Task Null_elements_inside_lists_are_dropped_so_no_consumer_meets_one()
    {
        const string body = """
            {"gateways": [null, {"name": "node-a", "total_accepted_connections": 5}],
             "ipsec_metrics": {"ike_sas": [null, {"name": "c/t", "child_sas": [null, {"unique_id": "1", "bytes_in": 10}]}]}}
            """;
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var metrics = await api.Client.Metrics.GetAsync("gw-1");

        Assert.Equal("node-a", Assert.Single(metrics.Nodes!).Name);
        var sa = Assert.Single(metrics.Ipsec!.IkeSas!);
        Assert.Equal(10, Assert.Single(sa.ChildSas!).BytesIn);
    }

    [Fact]
    public async Task A_single_value_where_a_list_belongs_reads_as_a_one_element_list()
    {
        const string body = """{"uuid": "gw-1", "features": "vpn", "addresses": {"name": "public-ip-1", "address": "100.127.0.10"}, "ipsec": null}""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var gateway = await api.Single.GetGatewayAsync("gw-1");

        Assert.Equal(["vpn"], gateway.Features!);
        Assert.Equal("100.127.0.10", Assert.Single(gateway.Addresses!).Address);
    }

    [Fact]
    public async Task A_unique_id_that_is_neither_string_nor_number_reads_as_null_without_failing_the_response()
    {
        const string body = """{"ipsec_metrics": {"ike_sas": [{"name": "c/t", "unique_id": {"odd": true}, "child_sas": [{"unique_id": false, "bytes_in": 3}]}]}}""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var sa = Assert.Single((await api.Client.Metrics.GetAsync("gw-1")).Ipsec!.IkeSas!);

        Assert.Null(sa.UniqueId);
        Assert.Null(Assert.Single(sa.ChildSas!).UniqueId);
    }

    [Fact]
    public async Task An_error_body_that_echoes_the_credentials_is_redacted_before_it_reaches_the_exception()
    {
        var echo = $$"""{"type": "https://developers.upcloud.com/1.3/errors#ERROR_AUTH", "title": "bad password {{TestCredentials.Password}} for {{TestCredentials.BasicForm}}", "status": 401}""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(echo, HttpStatusCode.Unauthorized, "application/problem+json")));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal("bad password *** for ***", ex.Detail);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Entries_with_unknown_fields_nested_to_the_budget_are_kept_and_deeper_or_known_ones_rejected_alone()
    {
        var nested = Nested(Budget - 10);
        var deeper = Nested(Budget * 2);
        var body = $$$"""[{"uuid": "gw-1", "x": {{{nested}}}}, {"uuid": "gw-2", "name": {{{nested}}}}, {"uuid": "gw-3", "ipsec_future": {"a": {{{nested}}}}}, {"uuid": "gw-4", "x": {{{deeper}}}}]""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Equal(["gw-1", "gw-3"], page.Gateways.Select(g => g.Uuid));
        Assert.Equal(["gw-2", "gw-4"], page.Rejected.Select(r => r.Uuid));
        Assert.Equal($"the entry holds more than {Budget} JSON objects and arrays", page.Rejected[1].Reason);
    }

    [Fact]
    public async Task A_metrics_body_with_unknown_fields_nested_to_its_budget_reads_as_if_they_were_absent()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(MetricsNestedAtTheRoot(Budget - 10))));

        var metrics = await api.Client.Metrics.GetAsync("gw-1");

        Assert.Equal(4, Assert.Single(metrics.Nodes!).ActiveConnections);
    }

    [Fact]
    public async Task A_metrics_body_with_unknown_fields_nested_deeper_than_its_budget_is_too_large()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(MetricsNestedAtTheRoot(Budget * 2))));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-2"));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal($"the response body holds more than {Budget} JSON objects and arrays", ex.Detail);
    }

    private static int Budget => ResponseLimits.OneGateway.MaxContainers;

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>A metrics body of one node whose first member is an unknown field of objects nested <paramref name="depth"/> deep.</summary>
    private static string MetricsNestedAtTheRoot(int depth)
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        return $$"""{"x_deep": {{nested}}, "gateways": [{"name": "node-a", "active_connections": 4}]}""";
    }
}
