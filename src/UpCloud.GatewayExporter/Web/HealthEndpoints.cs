using UpCloud.GatewayExporter.Exposition;

namespace UpCloud.GatewayExporter.Web;

/// <summary>Liveness and readiness: <c>/healthz</c> answers while the process runs, <c>/readyz</c> once the first poll has finished.</summary>
internal static class HealthEndpoints
{
    /// <summary>Answers 200 while the process is alive.</summary>
    public static Task LiveAsync(HttpContext context) => context.Response.WriteAsync("ok\n");

    /// <summary>Answers 200 after the first poll finished, 503 before.</summary>
    public static Task ReadyAsync(HttpContext context, ExpositionCache cache)
    {
        if (cache.HasPolled)
        {
            return context.Response.WriteAsync("ready\n");
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return context.Response.WriteAsync("waiting for the first poll\n");
    }
}
