using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>A network gateway as returned by the gateway list, with its connections and tunnels embedded.</summary>
public sealed record Gateway
{
    /// <summary>The gateway's UUID.</summary>
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }

    /// <summary>The gateway's name.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The zone, such as <c>de-fra1</c>.</summary>
    [JsonPropertyName("zone")] public string? Zone { get; init; }

    /// <summary>The plan, such as <c>advanced</c> or <c>development</c>; an open set.</summary>
    [JsonPropertyName("plan")] public string? Plan { get; init; }

    /// <summary>Enabled features, such as <c>nat</c> and <c>vpn</c>.</summary>
    [JsonPropertyName("features"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? Features { get; init; }

    /// <summary>The state the user asked for: <c>started</c> or <c>stopped</c>.</summary>
    [JsonPropertyName("configured_status"), JsonConverter(typeof(LenientConverter<string>))] public string? ConfiguredStatus { get; init; }

    /// <summary>The state the platform reports, such as <c>running</c>; an open set.</summary>
    [JsonPropertyName("operational_state")] public string? OperationalState { get; init; }

    /// <summary>The routers the gateway is attached to; the wire carries an array or a single object.</summary>
    [JsonPropertyName("routers"), JsonConverter(typeof(LenientListConverter<GatewayRouter>))]
    public IReadOnlyList<GatewayRouter>? Routers { get; init; }

    /// <summary>The gateway's public addresses; an address may not be provisioned yet.</summary>
    [JsonPropertyName("addresses"), JsonConverter(typeof(SingleOrArrayConverter<GatewayAddress>))] public IReadOnlyList<GatewayAddress>? Addresses { get; init; }

    /// <summary>User labels.</summary>
    [JsonPropertyName("labels"), JsonConverter(typeof(LenientListConverter<GatewayLabel>))] public IReadOnlyList<GatewayLabel>? Labels { get; init; }

    /// <summary>The VPN connections; null when the response did not embed them.</summary>
    [JsonPropertyName("connections"), JsonConverter(typeof(SingleOrArrayConverter<GatewayConnection>))] public IReadOnlyList<GatewayConnection>? Connections { get; init; }

    /// <summary>Whether tunnel internal IPs are allocated automatically.</summary>
    [JsonPropertyName("automatic_tunnel_internal_ip_allocation"), JsonConverter(typeof(LenientConverter<bool?>))] public bool? AutomaticTunnelInternalIpAllocation { get; init; }

    /// <summary>When the gateway was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the gateway was last changed.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
