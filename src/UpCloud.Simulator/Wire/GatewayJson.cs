using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes a gateway object as <c>GET /1.3/gateway</c> and <c>/1.3/gateway/{uuid}</c> serve it.</summary>
internal static class GatewayJson
{
    public static void Write(Utf8JsonWriter writer, SimGateway gateway, WireContext wire)
    {
        writer.WriteStartObject();
        writer.WriteString("uuid"u8, gateway.Uuid);
        writer.WriteString("name"u8, gateway.Name);
        writer.WriteString("zone"u8, gateway.Zone);
        writer.WriteString("plan"u8, gateway.Plan);
        writer.WriteStartArray("features"u8);
        gateway.Features.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
        writer.WriteString("configured_status"u8, gateway.ConfiguredStatus);
        writer.WriteString("operational_state"u8, gateway.OperationalState);
        WriteRouters(writer, gateway);
        WriteAddresses(writer, gateway);
        WriteLabels(writer, gateway);
        if (gateway.EmbedConnections)
        {
            writer.WriteStartArray("connections"u8);
            gateway.Connections.ForEach(connection => ConnectionJson.Write(writer, gateway, connection, wire));
            writer.WriteEndArray();
        }

        if (gateway.Wire.NewerFields)
        {
            writer.WriteBoolean("automatic_tunnel_internal_ip_allocation"u8, true);
        }

        if (gateway.Wire.UnknownFields)
        {
            writer.WriteString("maintenance_dow"u8, "sunday");
            writer.WriteString("maintenance_time"u8, "20:00:00Z");
        }

        WireTime.Write(writer, "created_at"u8, gateway.CreatedAt);
        WireTime.Write(writer, "updated_at"u8, gateway.UpdatedAt);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteRouters(Utf8JsonWriter writer, SimGateway gateway)
    {
        if (gateway.Wire.RoutersAsObject)
        {
            writer.WritePropertyName("routers"u8);
            WriteRouter(writer, gateway);
            return;
        }

        writer.WriteStartArray("routers"u8);
        WriteRouter(writer, gateway);
        writer.WriteEndArray();
    }

    private static void WriteRouter(Utf8JsonWriter writer, SimGateway gateway)
    {
        writer.WriteStartObject();
        writer.WriteString("uuid"u8, gateway.RouterUuid);
        WireTime.Write(writer, "created_at"u8, gateway.CreatedAt);
        writer.WriteEndObject();
    }

    private static void WriteAddresses(Utf8JsonWriter writer, SimGateway gateway)
    {
        writer.WriteStartArray("addresses"u8);
        foreach (var address in gateway.Addresses)
        {
            writer.WriteStartObject();
            writer.WriteString("name"u8, address.Name);
            if (address.Address is not null)
            {
                writer.WriteString("address"u8, address.Address);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLabels(Utf8JsonWriter writer, SimGateway gateway)
    {
        writer.WriteStartArray("labels"u8);
        foreach (var label in gateway.Labels)
        {
            writer.WriteStartObject();
            writer.WriteString("key"u8, label.Key);
            writer.WriteString("value"u8, label.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
