using System.Net;
using System.Net.Http.Headers;
using UpCloud.Api.Tests.Support;

namespace UpCloud.Api.Tests.Errors;

/// <summary>Hostile answers cost bounded memory: each endpoint's body is read only up to its cap and its JSON budget, an error body only as far as its message needs.</summary>
public sealed class ResponseLimitTests
{
    private static readonly ResponseLimits Limits = ResponseLimits.Default;

    [Fact]
    public async Task An_endless_body_without_a_length_is_abandoned_as_soon_as_it_passes_the_cap()
    {
        var body = new EndlessStream("""{"gateways":[],"padding":" """, "x");
        using var api = new StubApi(new StubHandler(_ => Respond(HttpStatusCode.OK, body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal($"the response body exceeded the {Limits.GatewayMetrics.MaxBytes}-byte cap", ex.Detail);
        Assert.InRange(body.Consumed, Limits.GatewayMetrics.MaxBytes + 1, Limits.GatewayMetrics.MaxBytes * 2L);
    }

    [Fact]
    public async Task A_length_over_the_cap_fails_before_a_byte_of_the_body_is_read()
    {
        var body = new EndlessStream("[", "{},");
        using var api = new StubApi(new StubHandler(_ => Respond(HttpStatusCode.OK, body, length: Limits.GatewayListPage.MaxBytes + 1L)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Gateways.ListPageAsync(100, 0));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal(0, body.Consumed);
    }

    [Fact]
    public async Task An_endless_error_body_is_read_only_as_far_as_the_message_needs_and_the_reason_phrase_stands_for_it()
    {
        var body = new EndlessStream("""{"type":"https://developers.upcloud.com/1.3/errors#SERVICE_UNAVAILABLE","status":503,"title":" """, "x");
        using var api = new StubApi(new StubHandler(_ => Respond(HttpStatusCode.ServiceUnavailable, body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("Service Unavailable", ex.Detail);
        Assert.Equal(Limits.ErrorBodyBytes, body.Consumed);
    }

    [Fact]
    public async Task A_page_with_more_entries_than_asked_for_fails_whole()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(Responses.GatewayPage(0, 101))));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Gateways.ListPageAsync(100, 0));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal("the page holds more than the 100 entries asked for", ex.Detail);
    }

    [Fact]
    public async Task An_entry_of_more_tiny_objects_than_one_gateway_holds_is_rejected_alone_before_any_of_them_is_built()
    {
        var budget = Limits.GatewayListEntry.MaxContainers;
        var tiny = string.Join(",", Enumerable.Repeat("{}", budget));
        var body = $$"""[{"uuid":"gw-1","name":"one"},{"uuid":"gw-2","connections":[{{tiny}}]},{"uuid":"gw-3","name":"three"}]""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var page = await api.Client.Gateways.ListPageAsync(100, 0);

        Assert.Equal(["gw-1", "gw-3"], page.Gateways.Select(g => g.Uuid));
        var rejected = Assert.Single(page.Rejected);
        Assert.Equal("gw-2", rejected.Uuid);
        Assert.Null(rejected.Labels);
        Assert.Equal($"the entry holds more than {budget} JSON objects and arrays", rejected.Reason);
    }

    [Fact]
    public async Task A_page_whose_entries_each_fit_but_together_hold_more_than_a_page_budget_fails_whole()
    {
        var budget = Limits.GatewayListPage.Budget.MaxContainers;
        var perEntry = budget / 100;
        var arrays = string.Join(",", Enumerable.Repeat("[]", perEntry));
        var body = "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $$"""{"uuid":"gw-{{i}}","x":[{{arrays}}]}""")) + "]";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Gateways.ListPageAsync(100, 0));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal($"the response body holds more than {budget} JSON objects and arrays", ex.Detail);
    }

    [Fact]
    public async Task A_metrics_body_of_more_tiny_values_than_one_gateway_holds_fails_before_any_of_them_is_built()
    {
        var budget = Limits.GatewayMetrics.Budget.MaxValues;
        var body = $$"""{"gateways":[{"name":"node-a","x":[{{string.Join(",", Enumerable.Repeat("1", budget))}}]}]}""";
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Equal($"the response body holds more than {budget} JSON values", ex.Detail);
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, Stream body, long? length = null)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = length;
        return new HttpResponseMessage(status) { Content = content };
    }
}
