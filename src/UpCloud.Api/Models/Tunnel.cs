using System.Text.Json;
using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>An IPsec tunnel of a connection, with its configured and operational state.</summary>
public sealed record Tunnel
{
    /// <summary>The tunnel's UUID.</summary>
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }

    /// <summary>The tunnel's name, unique within the gateway.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>Names the gateway address the tunnel originates from.</summary>
    [JsonPropertyName("local_address")] public TunnelLocalAddress? LocalAddress { get; init; }

    /// <summary>The peer's public address.</summary>
    [JsonPropertyName("remote_address")] public TunnelRemoteAddress? RemoteAddress { get; init; }

    /// <summary>The tunnel state, such as <c>established</c>; an open set.</summary>
    [JsonPropertyName("operational_state")] public string? OperationalState { get; init; }

    /// <summary>Whether the tunnel is up, where the API reports it.</summary>
    [JsonPropertyName("tunnel_up")] public bool? TunnelUp { get; init; }

    /// <summary>Whether the tunnel is healthy, where the API reports it.</summary>
    [JsonPropertyName("tunnel_healthy")] public bool? TunnelHealthy { get; init; }

    /// <summary>Seconds between pings to the peer's internal address; 0 is off.</summary>
    [JsonPropertyName("internal_peer_ping_interval"), JsonConverter(typeof(LenientConverter<int?>))] public int? InternalPeerPingInterval { get; init; }

    /// <summary>The tunnel's internal IP, kept as raw JSON because the API documents it both as a string and as an object.</summary>
    [JsonPropertyName("tunnel_internal_ip")] public JsonElement? TunnelInternalIp { get; init; }

    /// <summary>IPsec parameters; the pre-shared key is deliberately not modelled so it can never be kept.</summary>
    [JsonPropertyName("ipsec"), JsonConverter(typeof(LenientConverter<TunnelIpsec>))] public TunnelIpsec? Ipsec { get; init; }

    /// <summary>BGP peering over the tunnel, where configured.</summary>
    [JsonPropertyName("bgp"), JsonConverter(typeof(LenientConverter<TunnelBgp>))] public TunnelBgp? Bgp { get; init; }

    /// <summary>When the tunnel was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the tunnel was last changed.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
