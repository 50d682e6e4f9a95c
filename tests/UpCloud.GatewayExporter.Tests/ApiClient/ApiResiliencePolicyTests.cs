using UpCloud.GatewayExporter.ApiClient;

namespace UpCloud.GatewayExporter.Tests.ApiClient;

public sealed class ApiResiliencePolicyTests
{
    [Theory]
    [InlineData(1, 3, 4.5, 1.125, 6, 1)]
    [InlineData(5, 3, 4.5, 1.125, 10, 5)]
    [InlineData(10, 3.33, 8, 2, 20, 10)]
    [InlineData(30, 10, 24, 6, 60, 30)]
    [InlineData(300, 10, 45, 10, 300, 30)]
    [InlineData(86400, 10, 45, 10, 300, 30)]
    public void Timings_follow_the_poll_interval_within_their_bounds(double interval, double attempt, double total, double retryAfter, double sampling, double breakFor)
    {
        var policy = ApiResiliencePolicy.For(TimeSpan.FromSeconds(interval));

        Assert.Equal(attempt, policy.AttemptTimeout.TotalSeconds, 2);
        Assert.Equal(total, policy.TotalTimeout.TotalSeconds, 2);
        Assert.Equal(retryAfter, policy.MaxRetryAfter.TotalSeconds, 2);
        Assert.Equal(sampling, policy.BreakerSampling.TotalSeconds, 2);
        Assert.Equal(breakFor, policy.BreakDuration.TotalSeconds, 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(3600)]
    public void A_call_with_its_retries_outlasts_one_attempt_and_no_Retry_After_outlasts_the_call(double interval)
    {
        var policy = ApiResiliencePolicy.For(TimeSpan.FromSeconds(interval));

        Assert.True(policy.TotalTimeout >= policy.AttemptTimeout * 1.5);
        Assert.True(policy.MaxRetryAfter < policy.TotalTimeout);
        Assert.True(policy.BreakerSampling >= policy.AttemptTimeout * 2);
    }

    [Fact]
    public void From_an_interval_of_a_minute_one_call_cannot_hold_a_poll_past_its_interval()
    {
        var policy = ApiResiliencePolicy.For(TimeSpan.FromMinutes(1));

        Assert.True(policy.TotalTimeout < TimeSpan.FromMinutes(1));
    }
}
