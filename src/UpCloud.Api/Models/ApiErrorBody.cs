using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>An error body in either of the API's two forms: <c>application/problem+json</c> or the legacy <c>{"error":{…}}</c> envelope.</summary>
public sealed record ApiErrorBody
{
    /// <summary>The problem type URI, whose fragment is the error code.</summary>
    [JsonPropertyName("type")] public string? Type { get; init; }

    /// <summary>A short description of the problem.</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }

    /// <summary>The HTTP status the problem was sent with.</summary>
    [JsonPropertyName("status")] public int? Status { get; init; }

    /// <summary>The id UpCloud support can trace the request by.</summary>
    [JsonPropertyName("correlation_id")] public string? CorrelationId { get; init; }

    /// <summary>Parameters the request got wrong.</summary>
    [JsonPropertyName("invalid_params"), JsonConverter(typeof(SingleOrArrayConverter<InvalidParameter>))] public IReadOnlyList<InvalidParameter>? InvalidParams { get; init; }

    /// <summary>The legacy error envelope.</summary>
    [JsonPropertyName("error")] public LegacyError? Error { get; init; }
}
