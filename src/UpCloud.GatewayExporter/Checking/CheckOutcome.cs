namespace UpCloud.GatewayExporter.Checking;

/// <summary>How one check of <c>--check</c> went.</summary>
internal enum CheckOutcome
{
    /// <summary>It works.</summary>
    Passed,

    /// <summary>The exporter works without it, with less.</summary>
    Warning,

    /// <summary>The exporter would not work until it is fixed.</summary>
    Failed,
}
