using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using UpCloud.Api;
using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Tests.Support;

namespace UpCloud.GatewayExporter.Tests.ApiClient;

public sealed class RetryAfterDelayTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = TestClock.Frozen();
    private readonly ListLogger<RetryAfterDelay> _log = new();

    [Theory]
    [InlineData("7", 7.0, "the retry waits 7 s as asked")]
    [InlineData("999999", 10.0, "the retry waits 10 s, the longest wait within one poll")]
    [InlineData("0", null, "it asks for no wait, so the retry follows the usual backoff")]
    [InlineData("Tue, 01 Dec 2026 12:00:04 GMT", 4.0, "the retry waits 4 s as asked")]
    [InlineData("Tue, 01 Dec 2026 13:00:00 GMT", 10.0, "the retry waits 10 s, the longest wait within one poll")]
    [InlineData("Tue, 01 Dec 2026 11:00:00 GMT", null, "it asks for no wait, so the retry follows the usual backoff")]
    [InlineData("soon\u202E", null, "that is neither seconds nor a date, so the retry follows the usual backoff")]
    public void A_Retry_After_gives_a_defined_wait_and_one_line_that_says_what_was_done(string header, double? seconds, string outcome)
    {
        var delay = new RetryAfterDelay(Cap, Interval, _time, _log);

        var wait = delay.For(TooManyRequests(header));

        Assert.Equal(seconds, wait?.TotalSeconds);
        var line = Assert.Single(_log.Entries).Message;
        Assert.Contains($"GET {UpCloudRoutes.Metrics} answered 429 with Retry-After ", line, StringComparison.Ordinal);
        Assert.EndsWith(outcome, line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', line);
    }

    [Fact]
    public void An_answer_without_Retry_After_leaves_the_retry_to_the_backoff_without_a_line()
    {
        var delay = new RetryAfterDelay(Cap, Interval, _time, _log);

        Assert.Null(delay.For(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)));
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void A_storm_of_Retry_After_answers_logs_one_line_per_poll_interval()
    {
        var delay = new RetryAfterDelay(Cap, Interval, _time, _log);

        for (var i = 0; i < 50; i++)
        {
            delay.For(TooManyRequests("3"));
        }

        _time.Advance(Interval);
        delay.For(TooManyRequests("3"));

        Assert.Equal(2, _log.Entries.Count);
        Assert.All(_log.Entries, entry => Assert.Equal(LogLevel.Warning, entry.Level));
    }

    private static HttpResponseMessage TooManyRequests(string retryAfter)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.upcloud.test/1.3/gateway/gw-1/metrics");
        request.Options.Set(UpCloudRequestOptions.RouteTemplate, UpCloudRoutes.Metrics);
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }
}
