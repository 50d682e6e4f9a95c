using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>Registers an account's UpCloud API client behind the resilience handler and the attempt recorder.</summary>
internal static class UpCloudHttpClientRegistration
{
    /// <summary>
    /// Adds the <see cref="UpCloudClient"/> of one account as a keyed singleton under <paramref name="account"/>. Each
    /// account has an HTTP client, and so a circuit breaker, of its own: one account's outage must not cut off another.
    /// Its attempts and breaker state go to the account's <see cref="ApiAttemptLog"/>, keyed likewise.
    /// </summary>
    public static IServiceCollection AddUpCloudApiClient(this IServiceCollection services, ApiAccount account, TimeSpan pollInterval, string version)
    {
        var clientName = account.Name is null ? "upcloud" : $"upcloud-{account.Name}";
        var policy = ApiResiliencePolicy.For(pollInterval);
        services.AddHttpClient(clientName, client =>
            {
                client.BaseAddress = account.ApiUrl;
                client.Timeout = policy.TotalTimeout + TimeSpan.FromSeconds(5);
                client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent(version));
            })
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UpCloudHttpClientRegistration));
                var statistics = provider.GetRequiredKeyedService<ApiAttemptLog>(account);
                var retryAfter = new RetryAfterDelay(policy.MaxRetryAfter, pollInterval, provider.GetRequiredService<TimeProvider>(), logger);
                Configure(resilience, policy, retryAfter, new BreakerWatch(account, statistics, logger));
            });
        services.AddHttpClient(clientName).AddHttpMessageHandler(provider =>
            new ApiAttemptRecorder(provider.GetRequiredKeyedService<ApiAttemptLog>(account), provider.GetRequiredService<TimeProvider>()));
        services.AddKeyedSingleton(account, (provider, _) => new UpCloudClient(provider.GetRequiredService<IHttpClientFactory>().CreateClient(clientName), account.Credentials));
        return services;
    }

    /// <summary>The connection handler of every client that talks to the API.</summary>
    public static SocketsHttpHandler PrimaryHandler() => new()
    {
        // A redirect could take the credentials to another origin; the client reports it as a failure instead.
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
    };

    /// <summary>How the exporter introduces itself to the API.</summary>
    public static string UserAgent(string version) => $"upcloud-gateway-exporter/{version}";

    private static void Configure(HttpStandardResilienceOptions resilience, ApiResiliencePolicy policy, RetryAfterDelay retryAfter, BreakerWatch breaker)
    {
        resilience.AttemptTimeout.Timeout = policy.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = policy.TotalTimeout;
        resilience.Retry.MaxRetryAttempts = ApiResiliencePolicy.MaxRetries;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(retryAfter.For(args.Outcome.Result));
        resilience.CircuitBreaker.FailureRatio = ApiResiliencePolicy.FailureRatio;
        resilience.CircuitBreaker.MinimumThroughput = ApiResiliencePolicy.MinimumThroughput;
        resilience.CircuitBreaker.SamplingDuration = policy.BreakerSampling;
        resilience.CircuitBreaker.BreakDuration = policy.BreakDuration;

        // The breaker judges the API by the gateway list alone: if one gateway's failing endpoints counted, they could open
        // it and cut off the list and every other gateway, while a gateway's failure must withhold only its own series.
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(
            IsGatewayList(args.Context.GetRequestMessage()) && HttpClientResiliencePredicates.IsTransient(args.Outcome));
        resilience.CircuitBreaker.OnOpened = breaker.OnOpened;
        resilience.CircuitBreaker.OnHalfOpened = breaker.OnHalfOpened;
        resilience.CircuitBreaker.OnClosed = breaker.OnClosed;
    }

    private static bool IsGatewayList(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(UpCloudRequestOptions.RouteTemplate, out var route) && route == UpCloudRoutes.Gateways;
}
