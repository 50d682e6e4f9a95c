using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>The peer end of a tunnel.</summary>
public sealed record TunnelRemoteAddress
{
    /// <summary>The peer's public IP address.</summary>
    [JsonPropertyName("address")] public string? Address { get; init; }
}
