using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>Decides which listed gateways this exporter exports: the <c>UPCLOUD_GATEWAYS</c> list and the <c>EXPORTER_SHARD</c>.</summary>
/// <param name="Uuids">Only these UUIDs; empty for all.</param>
/// <param name="Shard">Only gateways hashing to this shard.</param>
internal sealed record GatewaySelection(IReadOnlySet<string> Uuids, GatewayShard Shard)
{
    /// <summary>Whether the gateway is exported.</summary>
    public bool Includes(string uuid) => (Uuids.Count == 0 || Uuids.Contains(uuid)) && Shard.Owns(uuid);
}
