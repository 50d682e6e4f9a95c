using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>BGP peering parameters of a tunnel.</summary>
public sealed record TunnelBgp
{
    /// <summary>The local BGP address.</summary>
    [JsonPropertyName("local_address")] public string? LocalAddress { get; init; }

    /// <summary>The local autonomous system number.</summary>
    [JsonPropertyName("local_asn")] public long? LocalAsn { get; init; }

    /// <summary>The peer's BGP address.</summary>
    [JsonPropertyName("remote_address")] public string? RemoteAddress { get; init; }

    /// <summary>The peer's autonomous system number.</summary>
    [JsonPropertyName("remote_asn")] public long? RemoteAsn { get; init; }
}
