using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>The body of <c>GET /1.3/audit-logs</c>: unlike the gateway endpoints' lists, an object wrapping the entries.</summary>
public sealed record AuditLogPage
{
    /// <summary>
    /// The page's entries in the API's order, each entry that is not an object (or is null) as null: how many entries came
    /// back decides whether another page follows, so an unreadable one keeps its place. Null when the body lacks the key.
    /// </summary>
    [JsonPropertyName("audit_logs"), JsonConverter(typeof(EntryListConverter<AuditLogEvent>))] public IReadOnlyList<AuditLogEvent?>? Entries { get; init; }
}
