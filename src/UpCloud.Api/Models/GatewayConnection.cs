using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>A site-to-site VPN connection of a gateway, with its tunnels.</summary>
public sealed record GatewayConnection
{
    /// <summary>The connection's UUID.</summary>
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }

    /// <summary>The connection's name, unique within the gateway.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The connection type, such as <c>ipsec</c>.</summary>
    [JsonPropertyName("type"), JsonConverter(typeof(LenientConverter<string>))] public string? Type { get; init; }

    /// <summary>Networks on the gateway's side.</summary>
    [JsonPropertyName("local_routes"), JsonConverter(typeof(LenientListConverter<ConnectionRoute>))] public IReadOnlyList<ConnectionRoute>? LocalRoutes { get; init; }

    /// <summary>Networks on the peer's side.</summary>
    [JsonPropertyName("remote_routes"), JsonConverter(typeof(LenientListConverter<ConnectionRoute>))] public IReadOnlyList<ConnectionRoute>? RemoteRoutes { get; init; }

    /// <summary>The connection's tunnels; null when the response did not embed them.</summary>
    [JsonPropertyName("tunnels"), JsonConverter(typeof(SingleOrArrayConverter<Tunnel>))] public IReadOnlyList<Tunnel>? Tunnels { get; init; }

    /// <summary>When the connection was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the connection was last changed.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
