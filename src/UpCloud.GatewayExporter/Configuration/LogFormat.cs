namespace UpCloud.GatewayExporter.Configuration;

/// <summary>How log lines are written.</summary>
internal enum LogFormat
{
    /// <summary>One human-readable line per event.</summary>
    Text,

    /// <summary>One compact JSON object per event, for log shippers.</summary>
    Json,
}
