using System.Globalization;
using UpCloud.Api;

namespace UpCloud.GatewayExporter.ApiClient;

/// <summary>
/// Times every HTTP attempt to the UpCloud API and records it with its route template and status. It sits inside the
/// resilience handler, so a 429 or 5xx that a retry absorbed is still recorded.
/// </summary>
internal sealed class ApiAttemptRecorder(ApiAttemptLog statistics, TimeProvider time) : DelegatingHandler
{
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
            statistics.Attempted(endpoint, code, time.GetElapsedTime(started));
        }
    }
}
