using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes an IKE SA entry's <c>heuristic_state</c>: whether the tunnel is up and why it last went down.</summary>
internal static class HeuristicStateJson
{
    public static void Write(Utf8JsonWriter writer, SimTunnel tunnel, MetricsSample sample, WireContext wire)
    {
        writer.WriteStartObject("heuristic_state"u8);
        writer.WriteBoolean("tunnel_up"u8, tunnel.TunnelUp ?? tunnel.IsUp);
        writer.WriteBoolean("tunnel_healthy"u8, tunnel.TunnelHealthy ?? tunnel.IsUp);
        if (tunnel.LastDownMessage is not null)
        {
            writer.WriteString("last_down_message"u8, tunnel.LastDownMessage);
        }

        writer.WriteNumber("up_events"u8, tunnel.UpEvents);
        writer.WriteNumber("down_events"u8, tunnel.DownEvents);
        writer.WriteNumber("log_message_bad_events"u8, tunnel.LogMessageBadEvents);
        WireTime.Write(writer, "updated_at"u8, sample.UpdatedAt(tunnel.UpdatedAt));
        if (tunnel.LastDownMessageAt is { } downAt)
        {
            WireTime.Write(writer, "last_down_message_updated_at"u8, downAt);
        }

        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }
}
