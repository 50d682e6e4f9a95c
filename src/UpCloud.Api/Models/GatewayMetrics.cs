using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>The body of <c>GET /1.3/gateway/{uuid}/metrics</c>: NAT counters per node and IPsec SAs.</summary>
public sealed record GatewayMetrics
{
    /// <summary>One entry per gateway node (HA plans run two), not per gateway.</summary>
    [JsonPropertyName("gateways"), JsonConverter(typeof(SingleOrArrayConverter<NatNodeMetrics>))] public IReadOnlyList<NatNodeMetrics>? Nodes { get; init; }

    /// <summary>IPsec state of the gateway.</summary>
    [JsonPropertyName("ipsec_metrics")] public IpsecMetrics? Ipsec { get; init; }
}
