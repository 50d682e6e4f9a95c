namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>A fact that needs <c>prometheus</c>, <c>victoria-metrics</c> and <c>vmalert</c> on PATH: skipped without them, except under <c>CI=true</c>, where it fails.</summary>
public sealed class VictoriaMetricsFactAttribute : FactAttribute
{
    public VictoriaMetricsFactAttribute()
    {
        Skip = ExternalTools.VictoriaMetrics.SkipReason;
    }
}
