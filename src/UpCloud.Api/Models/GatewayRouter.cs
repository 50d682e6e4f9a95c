using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>A router a gateway is attached to.</summary>
public sealed record GatewayRouter
{
    /// <summary>The router's UUID.</summary>
    [JsonPropertyName("uuid")] public string? Uuid { get; init; }

    /// <summary>When the attachment was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }
}
