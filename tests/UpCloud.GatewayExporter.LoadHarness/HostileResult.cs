namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>A hostile run: its options, the exporter it ran and each phase's figures.</summary>
internal sealed record HostileResult(HostileOptions Options, string Build, string ExporterPath, IReadOnlyList<HostilePhase> Phases);
