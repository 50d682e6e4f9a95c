using System.Globalization;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>
/// Turns an answer's <c>Retry-After</c> into the wait before its retry: seconds or an HTTP date, cut to the policy's
/// longest wait; zero, a past date or a value that is neither leaves the retry to the exponential backoff. What it did is
/// logged at most once per poll interval, so a storm of 429s costs one line, not one per request.
/// </summary>
internal sealed partial class RetryAfterDelay(TimeSpan cap, TimeSpan logInterval, TimeProvider time, ILogger logger)
{
    private long _lastLogged = long.MinValue;

    /// <summary>The wait the answer asks for, capped; null for the backoff.</summary>
    public TimeSpan? For(HttpResponseMessage? response)
    {
        if (response is null || !response.Headers.NonValidated.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        var retryAfter = response.Headers.RetryAfter;
        var asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        TimeSpan? wait = asked is { } positive && positive > TimeSpan.Zero ? (positive < cap ? positive : cap) : null;
        if (ShouldLog())
        {
            var outcome = (asked, wait) switch
            {
                (null, _) => "that is neither seconds nor a date, so the retry follows the usual backoff",
                (_, null) => "it asks for no wait, so the retry follows the usual backoff",
                var (a, w) when a > w => $"the retry waits {Seconds(w.Value)} s, the longest wait within one poll",
                _ => $"the retry waits {Seconds(wait!.Value)} s as asked",
            };
            var route = response.RequestMessage?.Options.TryGetValue(UpCloudRequestOptions.RouteTemplate, out var template) == true ? template : "the API";
            LogRetryAfter(route, (int)response.StatusCode, DisplayText.Log(values.ToString()), outcome);
        }

        return wait;
    }

    private bool ShouldLog()
    {
        var now = time.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogged);
        return (last == long.MinValue || time.GetElapsedTime(last, now) >= logInterval)
            && Interlocked.CompareExchange(ref _lastLogged, now, last) == last;
    }

    private static string Seconds(TimeSpan wait) => wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GET {Route} answered {Status} with Retry-After {RetryAfter}: {Outcome}")]
    private partial void LogRetryAfter(string route, int status, string retryAfter, string outcome);
}
