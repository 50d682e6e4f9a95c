using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.Api.Tests.OverHttp;

public sealed class FailureTests
{
    private const int SafetyNet = 60_000;
    private const string WrongPassword = "Wr0ng-Pa55-also-secret";
    private const string WrongToken = "ucat_01JWRONGTOKENALSOSECRET00";

    [Fact]
    public async Task Wrong_password_over_http_is_http_401_authentication_failed()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client(credentials: UpCloudCredentials.Basic(TestCredentials.Username, WrongPassword));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("ERROR_AUTHENTICATION_FAILED", ex.ErrorCode);
        Assert.Equal("Authentication failed using the given credentials.", ex.Detail);
        Assert.True(Guid.TryParse(ex.CorrelationId, out _), $"correlation id {ex.CorrelationId}");
        Assert.Equal(UpCloudRoutes.Gateways, ex.Route);
        Secrets.AssertAbsentFrom(ex, WrongPassword, Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{TestCredentials.Username}:{WrongPassword}")));
    }

    [Fact]
    public async Task Wrong_token_over_http_is_http_401_authentication_failed()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client(credentials: UpCloudCredentials.Bearer(WrongToken));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.Metrics.GetAsync(h.Gateways[0].Uuid));

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("ERROR_AUTHENTICATION_FAILED", ex.ErrorCode);
        Assert.Equal(UpCloudRoutes.Metrics, ex.Route);
        Assert.Equal($"/1.3/gateway/{h.Gateways[0].Uuid}/metrics", ex.Path);
        Secrets.AssertAbsentFrom(ex, WrongToken);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Credentials_revoked_mid_run_turn_the_next_call_into_http_401(bool bearer)
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client(credentials: bearer ? Secrets.Bearer() : Secrets.Basic());
        var gateway = h.Gateways[0];
        var before = await client.Metrics.GetAsync(gateway.Uuid);

        h.Simulator.Credentials.Revoked = true;
        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.Metrics.GetAsync(gateway.Uuid));

        Assert.NotEmpty(before.Nodes!);
        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("ERROR_AUTHENTICATION_FAILED", ex.ErrorCode);
        Assert.Equal(2, h.Simulator.Requests.Count(RouteTemplates.Metrics));
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Password_rotated_mid_run_turns_the_next_call_into_http_401()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var single = h.Single();
        await single.GetGatewayAsync(h.Gateways[0].Uuid);

        h.Simulator.Credentials.Password = "rotated-elsewhere";
        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => single.GetGatewayAsync(h.Gateways[0].Uuid));

        Assert.Equal(401, ex.StatusCode);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Forbidden_user_over_http_is_http_403_insufficient_permissions()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        h.Simulator.Credentials.Forbidden = true;

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("ERROR_INSUFFICIENT_PERMISSIONS", ex.ErrorCode);
        Assert.Equal("You do not have access to this resource.", ex.Detail);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Unknown_gateway_over_http_is_http_404_resource_not_found()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var single = h.Single();

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => single.GetGatewayAsync("00000000-0000-4000-8000-00000000dead"));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("ERROR_RESOURCE_NOT_FOUND", ex.ErrorCode);
        Assert.Equal("/1.3/gateway/00000000-0000-4000-8000-00000000dead", ex.Path);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Problem_json_503_over_http_carries_status_code_and_title()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        var target = h.Gateways[1];
        h.Fault(FaultKind.Status, RouteTemplates.Metrics, target.Uuid, statusCode: 503);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.Metrics.GetAsync(target.Uuid));
        var other = await client.Metrics.GetAsync(h.Gateways[0].Uuid);

        Assert.Equal((UpCloudFailure.HttpStatus, 503), (ex.Failure, ex.StatusCode));
        Assert.Equal("ERROR_SERVICE_UNAVAILABLE", ex.ErrorCode);
        Assert.Equal("Simulated failure.", ex.Detail);
        Assert.NotNull(ex.CorrelationId);
        Assert.NotEmpty(other.Nodes!);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Legacy_error_over_http_carries_status_and_legacy_error_code()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var single = h.Single();
        h.Fault(FaultKind.LegacyStatus, RouteTemplates.Gateway, statusCode: 500);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => single.GetGatewayAsync(h.Gateways[0].Uuid));

        Assert.Equal((UpCloudFailure.HttpStatus, 500), (ex.Failure, ex.StatusCode));
        Assert.Equal("INTERNAL_ERROR", ex.ErrorCode);
        Assert.Equal("Simulated failure.", ex.Detail);
        Assert.Null(ex.CorrelationId);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Too_many_requests_over_http_is_http_status_429()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        h.Fault(FaultKind.TooManyRequests, RouteTemplates.Gateways);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("ERROR_TOO_MANY_REQUESTS", ex.ErrorCode);
        Secrets.AssertAbsentFrom(ex);
    }

    [Theory]
    [InlineData(RouteTemplates.Gateways)]
    [InlineData(RouteTemplates.Gateway)]
    [InlineData(RouteTemplates.Metrics)]
    [InlineData(RouteTemplates.Tunnel)]
    public async Task Malformed_json_over_http_is_an_invalid_response(string route)
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        h.Fault(FaultKind.MalformedJson, route);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => CallAsync(h, route));

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(200, ex.StatusCode);
        Assert.Equal(route, ex.Route);
        Secrets.AssertAbsentFrom(ex);
    }

    [Theory]
    [InlineData(RouteTemplates.Gateways)]
    [InlineData(RouteTemplates.Connections)]
    [InlineData(RouteTemplates.Metrics)]
    [InlineData(RouteTemplates.Tunnels)]
    public async Task Truncated_json_over_http_is_an_invalid_response(string route)
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        h.Fault(FaultKind.TruncatedJson, route);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => CallAsync(h, route));

        Assert.Equal(UpCloudFailure.InvalidResponse, ex.Failure);
        Assert.Equal(route, ex.Route);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Oversized_body_over_http_is_response_too_large()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client(options: new UpCloudClientOptions { Limits = ResponseLimits.Default with { GatewayListPage = ResponseLimits.Default.GatewayListPage with { MaxBytes = 1024 * 1024 } } });
        h.Fault(FaultKind.OversizedBody, RouteTemplates.Gateways);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.ListAllGatewaysAsync());

        Assert.Equal(UpCloudFailure.ResponseTooLarge, ex.Failure);
        Assert.Contains("1048576", ex.Detail, StringComparison.Ordinal);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact]
    public async Task Reset_connection_over_http_is_no_response()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        var client = h.Client();
        h.Fault(FaultKind.ResetConnection, RouteTemplates.Metrics);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.Metrics.GetAsync(h.Gateways[0].Uuid));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.Null(ex.StatusCode);
        Assert.NotNull(ex.InnerException);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Hanging_server_over_http_is_no_response_once_the_http_client_timeout_passes()
    {
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        using var http = new HttpClient { BaseAddress = h.Simulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        var client = h.Client(http: http);
        h.Fault(FaultKind.Hang, RouteTemplates.Metrics);

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => client.Metrics.GetAsync(h.Gateways[0].Uuid));

        Assert.Equal(UpCloudFailure.NoResponse, ex.Failure);
        Assert.Null(ex.StatusCode);
        Assert.Equal(UpCloudRoutes.Metrics, ex.Route);
        Secrets.AssertAbsentFrom(ex);
    }

    [Fact(Timeout = SafetyNet)]
    public async Task Cancelling_a_call_to_a_hanging_server_throws_operation_cancelled_not_an_api_failure()
    {
        var handler = new SignalingHandler();
        await using var h = await SimulatedCloud.StartAsync(SimulatedCloudClient.EveryWireVariant);
        using var http = new HttpClient(handler) { BaseAddress = h.Simulator.BaseAddress };
        var client = h.Client(http: http);
        h.Fault(FaultKind.Hang, RouteTemplates.Gateways);
        using var cts = new CancellationTokenSource();

        var call = client.ListAllGatewaysAsync(cancellationToken: cts.Token);
        await handler.Sent.Task;
        await cts.CancelAsync();
        var ex = await Record.ExceptionAsync(() => call);

        var cancelled = Assert.IsAssignableFrom<OperationCanceledException>(ex);
        Assert.Equal(cts.Token, cancelled.CancellationToken);
        Secrets.AssertAbsentFrom(ex!);
    }

    private static Task CallAsync(SimulatedCloud h, string route)
    {
        var (client, single) = (h.Client(), h.Single());
        var gateway = h.Gateways[0];
        var connection = gateway.Connections[0];
        return route switch
        {
            RouteTemplates.Gateways => client.ListAllGatewaysAsync(),
            RouteTemplates.Gateway => single.GetGatewayAsync(gateway.Uuid),
            RouteTemplates.Connections => client.Connections.ListAsync(gateway.Uuid),
            RouteTemplates.Connection => single.GetConnectionAsync(gateway.Uuid, connection.Uuid),
            RouteTemplates.Tunnels => client.Tunnels.ListAsync(gateway.Uuid, connection.Uuid),
            RouteTemplates.Tunnel => single.GetTunnelAsync(gateway.Uuid, connection.Uuid, connection.Tunnels[0].Uuid),
            RouteTemplates.Metrics => client.Metrics.GetAsync(gateway.Uuid),
            _ => throw new ArgumentOutOfRangeException(nameof(route), route, "not an API route"),
        };
    }
}
