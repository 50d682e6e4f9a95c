using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes a connection object, tunnels embedded unless the gateway leaves them out, as the connection endpoints and the gateway list serve it.</summary>
internal static class ConnectionJson
{
    public static void Write(Utf8JsonWriter writer, SimGateway gateway, SimConnection connection, WireContext wire)
    {
        writer.WriteStartObject();
        if (!gateway.Wire.WithoutChildUuids)
        {
            writer.WriteString("uuid"u8, connection.Uuid);
        }

        writer.WriteString("name"u8, connection.Name);
        writer.WriteString("type"u8, "ipsec");
        WriteRoutes(writer, "local_routes"u8, connection.LocalRoutes);
        WriteRoutes(writer, "remote_routes"u8, connection.RemoteRoutes);
        if (gateway.EmbedTunnels)
        {
            writer.WriteStartArray("tunnels"u8);
            connection.Tunnels.ForEach(tunnel => TunnelJson.Write(writer, gateway, tunnel, wire));
            writer.WriteEndArray();
        }

        WireTime.Write(writer, "created_at"u8, connection.CreatedAt);
        WireTime.Write(writer, "updated_at"u8, connection.UpdatedAt);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteRoutes(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<SimRoute> routes)
    {
        writer.WriteStartArray(name);
        foreach (var route in routes)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, route.Name);
            writer.WriteString("type"u8, "static");
            writer.WriteString("static_network"u8, route.StaticNetwork);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
