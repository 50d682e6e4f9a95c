using System.Net;
using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Api.Tests.Errors;

public sealed class TransportFailureTests
{
    private const int SafetyNet = 60_000;

    [Theory]
    [InlineData("""{"uuid": "gw-1", "name": }""")]
    [InlineData("""{"uuid": "gw-1", "name": "cut""")]
    [InlineData("""<html>maintenance</html>""")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("""["an", "array"]""")]
    [InlineData("""{"uuid": "gw-1", "name": {"first": "hq"}}""")]
    public async Task Malformed_truncated_or_wrongly_shaped_success_body_is_an_invalid_response(string body)
    {
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(RouteTemplates.Gateway, ex.Route);
        Assert.Equal("/1.3/gateway/gw-1", ex.Path);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Truncated_gateway_list_is_an_invalid_response_not_a_partial_list()
    {
        var page = Responses.GatewayPage(0, 5);
        using var api = new StubApi(new StubHandler(_ => Responses.Json(page[..^20])));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(UpCloudRoutes.Gateways, ex.Route);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Body_over_the_cap_with_a_content_length_is_response_too_large()
    {
        var body = Responses.GatewayPage(0, 50);
        using var api = new StubApi(new StubHandler(_ => Responses.Json(body)), options: ListPageCap(1024));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Contains("1024", ex.Detail, StringComparison.Ordinal);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Body_over_the_cap_without_a_content_length_is_response_too_large()
    {
        var body = Responses.GatewayPage(0, 50);
        using var api = new StubApi(new StubHandler(_ => Responses.WithoutLength(body)), options: ListPageCap(1024));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Contains("1024", ex.Detail, StringComparison.Ordinal);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Body_exactly_at_the_cap_is_read()
    {
        var body = """{"gateways":[{"name":"node-a","active_connections":5}]}""";
        using var api = new StubApi(new StubHandler(_ => Responses.WithoutLength(body)), options: new UpCloudClientOptions { Limits = ResponseLimits.Default with { GatewayMetrics = ResponseLimits.Default.GatewayMetrics with { MaxBytes = body.Length } } });

        var metrics = await api.Client.Metrics.GetAsync("gw-1");

        Assert.Equal(5L, Assert.Single(metrics.Nodes!).ActiveConnections);
    }

    [Fact]
    public async Task Unreachable_server_is_no_response_with_the_cause_kept_inside()
    {
        using var api = new StubApi(new StubHandler((_, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (api.upcloud.test:443)"))));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.Null(ex.StatusCode);
        Assert.Equal(UpCloudRoutes.Metrics, ex.Route);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Contains("Connection refused", ex.Detail, StringComparison.Ordinal);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Connection_dropped_mid_body_is_no_response()
    {
        var response = Responses.Json("{}");
        response.Content = new StreamContent(new FailingStream());
        using var api = new StubApi(new StubHandler(_ => response));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Client.Metrics.GetAsync("gw-1"));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.IsType<IOException>(ex.InnerException);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Server_that_never_answers_is_no_response_once_the_http_client_timeout_passes()
    {
        using var api = new StubApi(
            new StubHandler(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return Responses.Json("{}");
            }),
            timeout: TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.Null(ex.StatusCode);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Server_that_sends_headers_then_stalls_the_body_is_no_response_once_the_http_client_timeout_passes()
    {
        using var api = new StubApi(new StubHandler(_ => Responses.StallingBody("""{"uuid":"gw-1","na""")), timeout: TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.Contains("HttpClient timeout of 0.2 s", ex.Detail, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Error_status_whose_body_stalls_still_reports_the_status_once_the_http_client_timeout_passes()
    {
        var response = Responses.StallingBody("""{"type":"https://developers.upcloud.com/1.3/errors#""", status: HttpStatusCode.ServiceUnavailable);
        using var api = new StubApi(new StubHandler(_ => response), timeout: TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("Service Unavailable", ex.Detail);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Cancelling_while_waiting_for_headers_throws_operation_cancelled_not_an_api_failure()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var api = new StubApi(new StubHandler(async (_, token) =>
        {
            arrived.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Responses.Json("{}");
        }));
        using var cts = new CancellationTokenSource();

        var call = api.Client.ListAllGatewaysAsync(cancellationToken: cts.Token);
        await arrived.Task;
        await cts.CancelAsync();
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Single(api.Handler.Requests);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Cancelling_while_reading_the_body_throws_operation_cancelled_not_an_api_failure()
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var api = new StubApi(new StubHandler(_ => Responses.StallingBody("""{"gateways":[""", stalled)));
        using var cts = new CancellationTokenSource();

        var call = api.Client.Metrics.GetAsync("gw-1", cts.Token);
        await stalled.Task;
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task An_already_cancelled_call_throws_operation_cancelled()
    {
        using var api = new StubApi(StubHandler.Serving("metrics.json"));

        var ex = await Record.ExceptionAsync(() => api.Client.Metrics.GetAsync("gw-1", new CancellationToken(canceled: true)));

        Assert.IsAssignableFrom<OperationCanceledException>(ex);
    }

    private static UpCloudClientOptions ListPageCap(int bytes) =>
        new() { Limits = ResponseLimits.Default with { GatewayListPage = ResponseLimits.Default.GatewayListPage with { MaxBytes = bytes } } };
}
