using System.Globalization;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Counts and times every HTTP attempt to the UpCloud API by route template and status. It sits inside the resilience
/// handler, so a 429 or 5xx that a retry absorbed is still counted.
/// </summary>
internal sealed class ApiRequestMetricsHandler(MetricFamilies families, TimeProvider time) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = request.Options.TryGetValue(UpCloudRequestOptions.RouteTemplate, out var route) ? route : "other";
        var started = time.GetTimestamp();
        var code = "error";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            code = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            return response;
        }
        finally
        {
            families.ApiRequests.WithLabels(endpoint, code).Inc();
            families.ApiRequestDuration.WithLabels(endpoint).Observe(time.GetElapsedTime(started).TotalSeconds);
        }
    }
}
