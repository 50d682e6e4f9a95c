using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes <c>GET /1.3/gateway/{uuid}/metrics</c>: one entry per node, then one IKE SA per tunnel that has one.</summary>
internal static class MetricsJson
{
    public static void Write(Utf8JsonWriter writer, SimGateway gateway, WireContext wire)
    {
        var sample = MetricsSample.Of(gateway, wire.Now);
        writer.WriteStartObject();
        writer.WriteStartArray("gateways"u8);
        gateway.NatNodes.ForEach(node => WriteNode(writer, gateway, node, sample, wire));
        writer.WriteEndArray();
        writer.WriteStartObject("ipsec_metrics"u8);
        if (gateway.Features.Contains("vpn"))
        {
            writer.WriteStartArray("ike_sas"u8);
            foreach (var connection in gateway.Connections)
            {
                foreach (var tunnel in connection.Tunnels)
                {
                    if (tunnel.IkeSa is { } ikeSa)
                    {
                        IkeSaJson.Write(writer, gateway, connection, tunnel, ikeSa, sample, wire);
                    }
                }
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteNull("ike_sas"u8);
        }

        writer.WriteEndObject();
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, SimGateway gateway, SimNatNode node, MetricsSample sample, WireContext wire)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, node.Name);
        writer.WriteNumber("active_connections"u8, node.ActiveConnections);
        writer.WriteNumber("total_accepted_connections"u8, node.TotalAccepted);
        writer.WriteNumber(gateway.Wire.RejectedAsConnections ? "total_rejected_connections"u8 : "total_rejected_sessions"u8, node.TotalRejected);
        if (gateway.Wire.UnknownFields)
        {
            writer.WriteNumber("uptime"u8, WireTime.Seconds(node.StartedAt, sample.ReadAt));
        }

        WireTime.Write(writer, "created_at"u8, node.CreatedAt);
        WireTime.Write(writer, "updated_at"u8, sample.UpdatedAt(node.StartedAt));
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }
}
