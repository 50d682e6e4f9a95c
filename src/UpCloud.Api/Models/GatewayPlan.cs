using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>A gateway plan and the capacity it grants each gateway (each of its nodes), as <c>GET /1.3/gateway/plans</c> lists them.</summary>
public sealed record GatewayPlan
{
    /// <summary>The plan's name, such as <c>advanced</c>, as gateways name their plan.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>Bandwidth each gateway node may use, in megabits per second.</summary>
    [JsonPropertyName("per_gateway_bandwidth_mbps"), JsonConverter(typeof(LenientConverter<long?>))] public long? PerGatewayBandwidthMbps { get; init; }

    /// <summary>NAT connections each gateway node may hold at once.</summary>
    [JsonPropertyName("per_gateway_max_connections"), JsonConverter(typeof(LenientConverter<long?>))] public long? PerGatewayMaxConnections { get; init; }

    /// <summary>VPN bandwidth each gateway node may use, in megabits per second; 0 for plans without VPN.</summary>
    [JsonPropertyName("per_gateway_maximum_vpn_bandwidth_mbps"), JsonConverter(typeof(LenientConverter<long?>))] public long? PerGatewayMaximumVpnBandwidthMbps { get; init; }

    /// <summary>How many gateway nodes (servers) the plan runs.</summary>
    [JsonPropertyName("server_number"), JsonConverter(typeof(LenientConverter<int?>))] public int? ServerNumber { get; init; }

    /// <summary>The features the plan supports, such as <c>nat</c> and <c>vpn</c>.</summary>
    [JsonPropertyName("supported_features"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? SupportedFeatures { get; init; }

    /// <summary>How many VPN tunnels a gateway of this plan may have.</summary>
    [JsonPropertyName("vpn_tunnel_amount"), JsonConverter(typeof(LenientConverter<int?>))] public int? VpnTunnelAmount { get; init; }
}
