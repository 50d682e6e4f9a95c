namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>A fact that needs <c>prometheus</c> and <c>promtool</c> on PATH: skipped without them, except under <c>CI=true</c>, where it fails.</summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public PrometheusFactAttribute()
    {
        Skip = ExternalTools.Prometheus.SkipReason;
    }
}
