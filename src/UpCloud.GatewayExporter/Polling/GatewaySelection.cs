using UpCloud.Api;
using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Decides which listed gateways this exporter exports: the <c>UPCLOUD_GATEWAYS</c> list, the <c>EXPORTER_SHARD</c> and
/// the <c>UPCLOUD_GATEWAY_LABEL</c> filter, which is checked here too because the API's list may ignore its <c>label</c>
/// parameter (UpCloud's OpenAPI spec documents only <c>limit</c> and <c>offset</c>).
/// </summary>
/// <param name="Uuids">Only these UUIDs; empty for all.</param>
/// <param name="Shard">Only gateways hashing to this shard.</param>
/// <param name="Label">Only gateways carrying this label; null for all.</param>
internal sealed record GatewaySelection(IReadOnlySet<string> Uuids, GatewayShard Shard, GatewayLabelFilter? Label = null)
{
    /// <summary>Whether a readable gateway is exported.</summary>
    public bool Includes(Gateway gateway) =>
        gateway.Uuid is { Length: > 0 } uuid && IncludesUuid(uuid) && (Label is null || Label.Matches(gateway.Labels ?? []));

    /// <summary>
    /// Whether a rejected entry counts as one of this exporter's gateways. One whose UUID or labels could not be read
    /// counts, on shard 0 alone, so its rejection is never hidden and never reported by every shard.
    /// </summary>
    public bool Includes(RejectedGateway rejected) =>
        (rejected.Uuid is { Length: > 0 } uuid ? IncludesUuid(uuid) : Shard.Index == 0)
        && (Label is null || rejected.Labels is null || Label.Matches(rejected.Labels));

    private bool IncludesUuid(string uuid) => (Uuids.Count == 0 || Uuids.Contains(uuid)) && Shard.Owns(uuid);
}
