using System.Net;

namespace UpCloud.GatewayExporter.Web;

/// <summary>The small HTML page at <c>/</c> that links the other endpoints, as every Prometheus exporter has.</summary>
internal static class LandingPage
{
    /// <summary>Writes the page, linking the metrics at <paramref name="telemetryPath"/>.</summary>
    public static Task ServeAsync(HttpContext context, string version, string telemetryPath)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>UpCloud Gateway Exporter</title></head>
            <body>
            <h1>UpCloud Gateway Exporter</h1>
            <p>Version {WebUtility.HtmlEncode(version)}. Exports UpCloud network gateway NAT, IPsec tunnel and IKE SA metrics, polled from the UpCloud API.</p>
            <ul>
            <li><a href="{WebUtility.HtmlEncode(telemetryPath.TrimStart('/'))}">{WebUtility.HtmlEncode(telemetryPath)}</a>: the metrics, as of the last completed poll</li>
            <li><a href="healthz">/healthz</a>: liveness</li>
            <li><a href="readyz">/readyz</a>: readiness, once the first poll has finished</li>
            </ul>
            </body>
            </html>
            """);
    }
}
