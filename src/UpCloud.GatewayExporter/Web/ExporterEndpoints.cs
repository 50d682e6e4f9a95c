using UpCloud.GatewayExporter.Exposition;

namespace UpCloud.GatewayExporter.Web;

/// <summary>The exporter's endpoints, and the one list of those that basic auth leaves open for orchestrators' probes.</summary>
internal static class ExporterEndpoints
{
    /// <summary>The paths answered without credentials: liveness and readiness, which orchestrators probe without any.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>(StringComparer.Ordinal) { "/healthz", "/readyz" };

    /// <summary>Maps every endpoint, the metrics at <paramref name="telemetryPath"/>, behind basic auth when the web config names users.</summary>
    public static void MapExporterEndpoints(this WebApplication app, string telemetryPath, WebConfig? webConfig)
    {
        if (webConfig?.BasicAuthUsers is { Count: > 0 } users)
        {
            app.Use(new BasicAuthentication(users, Anonymous).InvokeAsync);
        }

        var cache = app.Services.GetRequiredService<ExpositionCache>();
        app.MapGet(telemetryPath, context => MetricsEndpoint.ServeAsync(context, cache));
        app.MapGet("/healthz", HealthEndpoints.LiveAsync);
        app.MapGet("/readyz", context => HealthEndpoints.ReadyAsync(context, cache));
        app.MapGet("/", context => LandingPage.ServeAsync(context, BuildVersion.Current, telemetryPath));
    }
}
