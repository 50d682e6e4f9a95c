using System.Text.Json.Serialization;

namespace UpCloud.Api.Models;

/// <summary>NAT counters of one gateway node; the totals restart when the node restarts.</summary>
public sealed record NatNodeMetrics
{
    /// <summary>The node's name, such as <c>node-a</c>.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>NAT connections open now.</summary>
    [JsonPropertyName("active_connections")] public long? ActiveConnections { get; init; }

    /// <summary>NAT connections accepted since the node started.</summary>
    [JsonPropertyName("total_accepted_connections")] public long? TotalAcceptedConnections { get; init; }

    /// <summary>Rejected NAT connections under the SDKs' name for the field.</summary>
    [JsonPropertyName("total_rejected_sessions")] public long? TotalRejectedSessions { get; init; }

    /// <summary>Rejected NAT connections under the API documentation's name for the field.</summary>
    [JsonPropertyName("total_rejected_connections")] public long? TotalRejectedConnections { get; init; }

    /// <summary>Rejected NAT connections since the node started, whichever spelling carried them.</summary>
    [JsonIgnore] public long? TotalRejected => TotalRejectedSessions ?? TotalRejectedConnections;

    /// <summary>When the entry was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the entry was last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
