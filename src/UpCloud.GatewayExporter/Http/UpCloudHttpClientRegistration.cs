using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Metrics;

namespace UpCloud.GatewayExporter.Http;

/// <summary>Registers the UpCloud API client behind the resilience handler and the request metrics handler.</summary>
internal static partial class UpCloudHttpClientRegistration
{
    private const string ClientName = "upcloud";

    /// <summary>Adds a singleton <see cref="UpCloudClient"/> configured from the exporter's options.</summary>
    public static IServiceCollection AddUpCloudApiClient(this IServiceCollection services, ExporterOptions options, string version)
    {
        var policy = ApiResiliencePolicy.For(options.PollInterval);
        services.AddHttpClient(ClientName, client =>
            {
                client.BaseAddress = options.ApiUrl;
                client.Timeout = policy.TotalTimeout + TimeSpan.FromSeconds(5);
                client.DefaultRequestHeaders.UserAgent.ParseAdd($"upcloud-gateway-exporter/{version}");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) => Configure(resilience, policy, provider.GetRequiredService<MetricFamilies>(), provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UpCloudHttpClientRegistration))));
        services.AddHttpClient(ClientName).AddHttpMessageHandler(provider =>
            new ApiRequestMetricsHandler(provider.GetRequiredService<MetricFamilies>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new UpCloudClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName), options.Credentials));
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions resilience, ApiResiliencePolicy policy, MetricFamilies families, ILogger logger)
    {
        resilience.AttemptTimeout.Timeout = policy.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = policy.TotalTimeout;
        resilience.Retry.MaxRetryAttempts = ApiResiliencePolicy.MaxRetries;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(CappedRetryAfter(args.Outcome.Result, policy.MaxRetryAfter));
        resilience.CircuitBreaker.FailureRatio = ApiResiliencePolicy.FailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = ApiResiliencePolicy.MinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = policy.BreakerSampling;
        resilience.CircuitBreaker.BreakDuration = policy.BreakDuration;

        // The breaker judges the API by the gateway list alone: if one gateway's failing endpoints counted, they could open
        // it and cut off the list and every other gateway, while a gateway's failure must withhold only its own series.
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            IsGatewayList(args.Context.GetRequestMessage()) && HttpClientResiliencePredicates.IsTransient(args.Outcome));

        // The outage itself is the poll's ERROR line; the breaker is logged once per outage, not again at every failed
        // trial call that re-opens it from half-open, which at polling rates would be once per poll.
        var open = false;
        resilience.CircuitBreaker.OnOpened = args =>
        {
            families.CircuitBreakerState.Set(2);
            if (!open)
            {
                open = true;
                LogCircuitOpened(logger, args.BreakDuration.TotalSeconds);
            }

            return ValueTask.CompletedTask;
        };
        resilience.CircuitBreaker.OnHalfOpened = _ =>
        {
            families.CircuitBreakerState.Set(1);
            return ValueTask.CompletedTask;
        };
        resilience.CircuitBreaker.OnClosed = _ =>
        {
            families.CircuitBreakerState.Set(0);
            if (open)
            {
                open = false;
                LogCircuitClosed(logger);
            }

            return ValueTask.CompletedTask;
        };
    }

    private static bool IsGatewayList(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(UpCloudRequestOptions.RouteTemplate, out var route) && route == UpCloudRoutes.Gateways;

    /// <summary>Honours Retry-After up to a cap; null falls back to exponential backoff.</summary>
    private static TimeSpan? CappedRetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } wait && wait > TimeSpan.Zero ? (wait < cap ? wait : cap) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many gateway list calls failed: the circuit breaker is open and UpCloud API calls fail fast, with a trial call every {Seconds:F0}s")]
    private static partial void LogCircuitOpened(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The UpCloud API answers again: the circuit breaker is closed")]
    private static partial void LogCircuitClosed(ILogger logger);
}
