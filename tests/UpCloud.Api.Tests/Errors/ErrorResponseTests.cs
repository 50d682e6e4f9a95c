using System.Net;
using UpCloud.Api.Tests.Support;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Api.Tests.Errors;

public sealed class ErrorResponseTests
{
    private static async Task<UpCloudApiException> FailAsync(HttpResponseMessage response, bool bearer = false)
    {
        using var api = new StubApi(new StubHandler(_ => response), bearer);
        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-404"));
        api.AssertOnlyRequest(RouteTemplates.Gateway, "/1.3/gateway/gw-404");
        Secrets.AssertAbsentFrom(ex);
        return ex;
    }

    [Fact]
    public async Task Problem_json_gives_the_status_the_code_from_the_type_the_title_invalid_params_and_correlation_id()
    {
        var ex = await FailAsync(Responses.Fixture("error-problem.json", HttpStatusCode.NotFound, "application/problem+json"));

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("ERROR_RESOURCE_NOT_FOUND", ex.ErrorCode);
        Assert.Equal("The gateway does not exist. (uuid: no gateway with this UUID; zone: unknown zone)", ex.Detail);
        Assert.Equal("01JNV5P8B5ZD3X7T0Q2W4K6M8N", ex.CorrelationId);
        Assert.Equal(RouteTemplates.Gateway, ex.Route);
        Assert.Equal("/1.3/gateway/gw-404", ex.Path);
        Assert.Equal(
            "GET /1.3/gateway/gw-404 failed: HTTP 404 ERROR_RESOURCE_NOT_FOUND: The gateway does not exist. (uuid: no gateway with this UUID; zone: unknown zone) (correlation id 01JNV5P8B5ZD3X7T0Q2W4K6M8N)",
            ex.Message);
    }

    [Fact]
    public async Task Legacy_error_envelope_gives_status_error_code_and_message()
    {
        var ex = await FailAsync(Responses.Fixture("error-legacy.json", HttpStatusCode.BadRequest), bearer: true);

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("SERVER_INVALID", ex.ErrorCode);
        Assert.Equal("The server UUID is invalid.", ex.Detail);
        Assert.Null(ex.CorrelationId);
        Assert.Contains("HTTP 400 SERVER_INVALID", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_type_without_a_fragment_gives_no_error_code_but_keeps_the_title()
    {
        var ex = await FailAsync(Responses.Json("""{"type":"about:blank","title":"Conflict","status":409}""", HttpStatusCode.Conflict, "application/problem+json"));

        Assert.Equal(409, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Equal("Conflict", ex.Detail);
    }

    [Fact]
    public async Task Non_json_error_body_gives_the_status_and_the_reason_phrase()
    {
        var response = Responses.Text(HttpStatusCode.BadGateway, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html");
        response.ReasonPhrase = "Upstream Unavailable";

        var ex = await FailAsync(response);

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(502, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.CorrelationId);
        Assert.Equal("Upstream Unavailable", ex.Detail);
        Assert.Equal("GET /1.3/gateway/gw-404 failed: HTTP 502: Upstream Unavailable", ex.Message);
        Assert.DoesNotContain("<html>", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"error\": ")]
    public async Task Error_body_that_is_empty_or_not_an_error_object_gives_the_status_and_the_reason_phrase(string body)
    {
        var ex = await FailAsync(Responses.Json(body, HttpStatusCode.ServiceUnavailable));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal("Service Unavailable", ex.Detail);
        Assert.Null(ex.ErrorCode);
    }

    [Fact]
    public async Task Error_body_with_control_characters_comes_out_single_line()
    {
        const string body = """
            {"type":"https://developers.upcloud.com/1.3/errors#ERROR_\tBAD","title":"first line\r\nInjected: header\u0000\u001b[31m red",
             "correlation_id":"abc\ndef","invalid_params":[{"name":"x\ny","reason":"r\u0007"}]}
            """;

        var ex = await FailAsync(Responses.Json(body, HttpStatusCode.BadRequest, "application/problem+json"));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("first line  Injected: header  [31m red (x y: r )", ex.Detail);
        Assert.Equal("ERROR_ BAD", ex.ErrorCode);
        Assert.Equal("abc def", ex.CorrelationId);
        Assert.DoesNotContain(ex.Message, char.IsControl);
        Assert.DoesNotContain(ex.Detail, char.IsControl);
    }

    [Fact]
    public async Task Legacy_error_with_control_characters_comes_out_single_line()
    {
        var ex = await FailAsync(Responses.Json("""{"error":{"error_code":"AUTH\r\nFAILED","error_message":"line1\nline2\r\n"}}""", HttpStatusCode.Unauthorized));

        Assert.Equal("AUTH  FAILED", ex.ErrorCode);
        Assert.Equal("line1 line2", ex.Detail);
        Assert.DoesNotContain(ex.Message, char.IsControl);
    }

    [Fact]
    public async Task Error_body_with_unicode_line_separators_comes_out_single_line()
    {
        var ex = await FailAsync(Responses.Json("{\"title\":\"one\u2028two\u2029three\u0085four\",\"status\":400}", HttpStatusCode.BadRequest));

        Assert.Equal("one two three four", ex.Detail);
        Assert.DoesNotContain(ex.Message, c => char.IsControl(c) || c is '\u2028' or '\u2029');
    }

    [Fact]
    public async Task Error_detail_cut_at_the_length_bound_never_splits_a_surrogate_pair()
    {
        var title = new string('x', 299) + "\U0001F600 and more";

        var ex = await FailAsync(Responses.Json($$"""{"title":"{{title}}","status":500}""", HttpStatusCode.InternalServerError));

        Assert.Equal(new string('x', 299), ex.Detail);
        Assert.DoesNotContain(ex.Detail, char.IsSurrogate);
    }

    [Fact]
    public async Task Error_detail_is_cut_to_a_bounded_length()
    {
        var title = new string('x', 5000);

        var ex = await FailAsync(Responses.Json($$"""{"title":"{{title}}","status":500}""", HttpStatusCode.InternalServerError));

        Assert.Equal(new string('x', 300), ex.Detail);
        Assert.True(ex.Message.Length < 400, $"message is {ex.Message.Length} characters");
    }

    [Fact]
    public async Task Too_many_requests_is_an_http_status_failure_with_status_429()
    {
        var response = Responses.Json("""{"type":"https://developers.upcloud.com/1.3/errors#TOO_MANY_REQUESTS","title":"Slow down","status":429}""", HttpStatusCode.TooManyRequests, "application/problem+json");
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30));

        var ex = await FailAsync(response);

        Assert.Equal(UpCloudFailure.HttpStatus, ex.Failure);
        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("TOO_MANY_REQUESTS", ex.ErrorCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.Found)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    public async Task A_redirect_is_a_failure_that_names_it_and_is_not_followed(HttpStatusCode status)
    {
        using var api = new StubApi(new StubHandler(_ =>
        {
            var response = Responses.Text(status, string.Empty);
            response.Headers.Location = new Uri("http://elsewhere.test/collect");
            return response;
        }));

        var ex = await Assert.ThrowsAsync<UpCloudApiException>(() => api.Single.GetGatewayAsync("gw-1"));

        Assert.Equal((UpCloudFailure.HttpStatus, (int)status), (ex.Failure, ex.StatusCode!.Value));
        Assert.Contains("redirect, which is not followed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("elsewhere", ex.Message, StringComparison.Ordinal);
        Assert.Single(api.Handler.Requests);
    }
}
