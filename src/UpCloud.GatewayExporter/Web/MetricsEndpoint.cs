using Prometheus;
using UpCloud.GatewayExporter.Exposition;

namespace UpCloud.GatewayExporter.Web;

/// <summary>Serves the exposition rendered by the last poll: OpenMetrics when the scraper asks for it, gzip when it accepts it.</summary>
internal static class MetricsEndpoint
{
    private const string TextContentType = "text/plain; version=0.0.4; charset=utf-8";
    private const string OpenMetricsContentType = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    /// <summary>Writes the cached exposition to the response.</summary>
    public static async Task ServeAsync(HttpContext context, ExpositionCache cache)
    {
        var headers = context.Request.GetTypedHeaders();
        var openMetrics = headers.Accept.Any(a => a.MediaType.Equals("application/openmetrics-text", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
        var gzip = headers.AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
        if (cache.Current is not { } current)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var rendered = current.In(openMetrics ? ExpositionFormat.OpenMetricsText : ExpositionFormat.PrometheusText);
        context.Response.ContentType = openMetrics ? OpenMetricsContentType : TextContentType;
        context.Response.Headers.Vary = "Accept, Accept-Encoding";
        if (gzip)
        {
            context.Response.Headers.ContentEncoding = "gzip";
        }

        context.Response.ContentLength = gzip ? rendered.Gzip.Length : rendered.PlainLength;
        await rendered.WriteToAsync(context.Response.BodyWriter, gzip, context.RequestAborted);
    }
}
