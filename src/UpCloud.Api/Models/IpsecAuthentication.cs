using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>How a tunnel authenticates; a <c>psk</c> field, should the API ever send one, is dropped unread.</summary>
public sealed record IpsecAuthentication
{
    /// <summary>The method, such as <c>psk</c>.</summary>
    [JsonPropertyName("authentication")] public string? Authentication { get; init; }
}
