using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>A network routed through a connection.</summary>
public sealed record ConnectionRoute
{
    /// <summary>The route's name.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The route type, such as <c>static</c>.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>The network in CIDR notation.</summary>
    [JsonPropertyName("static_network")] public string? StaticNetwork { get; init; }
}
