using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>A key/value label on a gateway.</summary>
public sealed record GatewayLabel
{
    /// <summary>The label key.</summary>
    [JsonPropertyName("key")] public string? Key { get; init; }

    /// <summary>The label value.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }
}
