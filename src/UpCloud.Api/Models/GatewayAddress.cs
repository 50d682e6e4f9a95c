using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>A named public address of a gateway.</summary>
public sealed record GatewayAddress
{
    /// <summary>The address's name, which tunnels refer to as their local address.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The IP address; missing until provisioned.</summary>
    [JsonPropertyName("address")] public string? Address { get; init; }
}
