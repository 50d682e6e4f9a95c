using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>The inner object of the legacy error envelope.</summary>
public sealed record LegacyError
{
    /// <summary>The error code, such as <c>SERVER_INVALID</c>.</summary>
    [JsonPropertyName("error_code")] public string? ErrorCode { get; init; }

    /// <summary>A human-readable message.</summary>
    [JsonPropertyName("error_message")] public string? ErrorMessage { get; init; }
}
