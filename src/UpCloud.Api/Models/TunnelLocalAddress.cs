using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>A reference to one of the gateway's addresses by name.</summary>
public sealed record TunnelLocalAddress
{
    /// <summary>The name of the gateway address.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }
}
