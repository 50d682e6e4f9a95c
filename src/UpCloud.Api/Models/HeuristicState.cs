using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>UpCloud's heuristic view of a tunnel, carried on its IKE SA.</summary>
public sealed record HeuristicState
{
    /// <summary>Whether the tunnel is up.</summary>
    [JsonPropertyName("tunnel_up")] public bool? TunnelUp { get; init; }

    /// <summary>Whether the tunnel is healthy.</summary>
    [JsonPropertyName("tunnel_healthy")] public bool? TunnelHealthy { get; init; }

    /// <summary>Why the tunnel last went down.</summary>
    [JsonPropertyName("last_down_message"), JsonConverter(typeof(LenientConverter<string>))] public string? LastDownMessage { get; init; }

    /// <summary>Times the tunnel came up.</summary>
    [JsonPropertyName("up_events")] public long? UpEvents { get; init; }

    /// <summary>Times the tunnel went down.</summary>
    [JsonPropertyName("down_events")] public long? DownEvents { get; init; }

    /// <summary>Log lines that indicated trouble.</summary>
    [JsonPropertyName("log_message_bad_events"), JsonConverter(typeof(LenientConverter<long?>))] public long? LogMessageBadEvents { get; init; }

    /// <summary>When the heuristic state was last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When <see cref="LastDownMessage"/> was last updated.</summary>
    [JsonPropertyName("last_down_message_updated_at")] public DateTimeOffset? LastDownMessageUpdatedAt { get; init; }
}
