using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>One parameter a problem+json response names as invalid.</summary>
public sealed record InvalidParameter
{
    /// <summary>The parameter's name.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>Why it is invalid.</summary>
    [JsonPropertyName("reason")] public string? Reason { get; init; }
}
