using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Metrics.Families;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Writes an account's API call report into its request counter, duration histogram and breaker gauge.</summary>
internal static class ApiAttemptMapper
{
    /// <summary>Adds the report's attempts and durations and sets the breaker's state.</summary>
    public static void Apply(ExporterFamilies families, ApiAttemptReport report)
    {
        foreach (var ((endpoint, code), count) in report.Attempts)
        {
            families.ApiRequests.WithLabels(endpoint, code).Inc(count);
        }

        foreach (var (endpoint, seconds) in report.Durations)
        {
            families.ApiRequestDuration.WithLabels(endpoint).Observe(seconds);
        }

        families.CircuitBreakerState.Set((int)report.Breaker);
    }
}
