using System.Net;
using System.Text.Json;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Faults;

namespace UpCloud.Simulator.Tests.Faults;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task A_status_fault_answers_a_problem_with_the_configured_code()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 503 });

        using var response = await api.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_legacy_status_fault_answers_the_legacy_error_body()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.LegacyStatus, StatusCode = 500 });

        using var response = await api.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error_code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error_message").GetString()));
    }

    [Fact]
    public async Task Too_many_requests_carries_retry_after_in_whole_seconds()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(7) });

        using var response = await api.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_malformed_body_fails_to_parse()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedJson });

        using var response = await api.GetAsync("1.3/gateway");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(body));
    }

    [Fact]
    public async Task A_truncated_body_is_the_first_half_of_the_real_one()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var whole = await api.GetBodyAsync("1.3/gateway");
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.TruncatedJson });

        var truncated = await api.GetBodyAsync("1.3/gateway");

        Assert.StartsWith(truncated, whole, StringComparison.Ordinal);
        Assert.InRange(truncated.Length, (whole.Length / 2) - 4, (whole.Length / 2) + 4);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(truncated));
    }

    [Fact]
    public async Task Unknown_fields_keep_the_body_valid_and_the_known_fields_intact()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var gateway = api.Fleet.Gateways[0];
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.UnknownFields });

        var metrics = await api.GetJsonAsync(Paths.Metrics(gateway));

        Assert.True(metrics.TryGetProperty("x_future_field_16", out var unknown));
        Assert.Equal(JsonValueKind.Object, unknown.GetProperty("next").ValueKind);
        var child = metrics.GetProperty("ipsec_metrics").GetProperty("ike_sas")[0].GetProperty("child_sas")[0];
        Assert.True(child.TryGetProperty("x_future_field_1", out _));
        Assert.Equal(gateway.NatNodes[0].TotalAccepted, metrics.GetProperty("gateways")[0].GetProperty("total_accepted_connections").GetInt64());
    }

    [Fact]
    public async Task An_oversized_body_streams_a_valid_looking_array_of_at_least_64_mib()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.OversizedBody });

        using var response = await api.Http.GetAsync("1.3/gateway", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        var (total, first) = (0L, (byte)0);
        for (int read; (read = await body.ReadAsync(buffer)) > 0; total += read)
        {
            first = total == 0 ? buffer[0] : first;
        }

        Assert.Equal((byte)'[', first);
        Assert.True(total >= 64L * 1024 * 1024 - 1024 * 1024, $"only {total} bytes");
    }

    [Fact]
    public async Task A_client_with_a_response_size_limit_fails_on_an_oversized_body()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.OversizedBody });
        using var client = new HttpClient { BaseAddress = api.Simulator.BaseAddress, MaxResponseContentBufferSize = 1024 * 1024 };
        client.DefaultRequestHeaders.Authorization = api.Http.DefaultRequestHeaders.Authorization;

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("1.3/gateway"));
    }

    [Fact]
    public async Task A_reset_connection_fails_the_request()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.ResetConnection });

        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetAsync("1.3/gateway"));
    }

    [Fact]
    public async Task A_hang_ends_only_when_the_client_gives_up()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Hang, Times = 1 });
        using var giveUp = new CancellationTokenSource();

        var hanging = api.Http.GetAsync("1.3/gateway", giveUp.Token);
        for (var waited = 0; api.Simulator.Requests.Total == 0 && waited < 30_000; waited += 20)
        {
            await Task.Delay(20);
        }

        Assert.Equal(1, api.Simulator.Requests.Total);
        Assert.False(hanging.IsCompleted, "the hung request was answered");
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("1.3/gateway")).StatusCode);
    }

    [Fact]
    public async Task A_latency_fault_delays_then_answers_normally()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(300) });
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var list = await api.GetJsonAsync("1.3/gateway");

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {stopwatch.Elapsed}");
        Assert.Equal(3, list.GetArrayLength());
    }

    [Fact]
    public async Task A_fault_with_times_hits_exactly_that_many_requests()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 502, Times = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await api.GetAsync("1.3/gateway");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_fault_with_zero_times_never_fires()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, Times = 0 });

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("1.3/gateway")).StatusCode);
    }

    [Fact]
    public async Task A_fault_scoped_to_a_route_and_gateway_leaves_everything_else_alone()
    {
        await using var api = await SimulatedCloud.StartAsync();
        var (hit, spared) = (api.Fleet.Gateways[0], api.Fleet.Gateways[1]);
        var rule = api.Simulator.Faults.Add(new FaultRule { Route = RouteTemplates.Metrics, GatewayUuid = hit.Uuid, Kind = FaultKind.Status });

        Assert.Equal(HttpStatusCode.InternalServerError, (await api.GetAsync(Paths.Metrics(hit))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Paths.Metrics(spared))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Paths.Gateway(hit))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("1.3/gateway")).StatusCode);
        Assert.True(api.Simulator.Faults.Remove(rule));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(Paths.Metrics(hit))).StatusCode);
    }

    [Fact]
    public async Task A_probability_fault_hits_some_requests_but_not_all()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, Probability = 0.5 });

        var failures = 0;
        for (var i = 0; i < 40; i++)
        {
            using var response = await api.GetAsync("1.3/gateway");
            failures += response.IsSuccessStatusCode ? 0 : 1;
        }

        Assert.InRange(failures, 5, 35);
    }

    [Fact]
    public async Task Faults_apply_only_after_authentication()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 503 });
        using var anonymous = new HttpClient { BaseAddress = api.Simulator.BaseAddress };

        using var response = await anonymous.GetAsync("1.3/gateway");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Clearing_faults_restores_normal_answers()
    {
        await using var api = await SimulatedCloud.StartAsync();
        api.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.Status });

        api.Simulator.Faults.Clear();

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("1.3/gateway")).StatusCode);
    }
}
