using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes <c>GET /1.3/audit-logs</c>: an object wrapping the entries in <c>audit_logs</c>, each with every field the API sends, the personal ones included.</summary>
internal static class AuditLogJson
{
    public static void Write(Utf8JsonWriter writer, List<SimAuditEvent> page, WireContext wire)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("audit_logs"u8);
        foreach (var entry in page)
        {
            writer.WriteStartObject();
            writer.WriteString("account_username"u8, entry.AccountUsername);
            writer.WriteString("action"u8, entry.Action);
            writer.WriteString("auth_type"u8, entry.AuthType);
            writer.WriteString("cloud_event_id"u8, entry.CloudEventId);
            WriteState(writer, "current_state"u8, entry.CurrentState);
            writer.WriteString("ip_address"u8, entry.IpAddress);
            writer.WriteString("origin"u8, entry.Origin);
            WriteState(writer, "previous_state"u8, entry.PreviousState);
            if (entry.ResourceId is { } resourceId)
            {
                writer.WriteString("resource_id"u8, resourceId);
            }

            writer.WriteString("resource_type"u8, entry.ResourceType);
            WireTime.Write(writer, "time"u8, entry.Time);
            writer.WriteString("upcloud_correlation_id"u8, entry.CorrelationId);
            UnknownFieldsJson.Write(writer, wire);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Dictionary<string, string> state)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in state)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }
}
