using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes one child SA of an IKE SA entry: this SA's own counters and its strongSwan timers.</summary>
internal static class ChildSaJson
{
    public static void Write(Utf8JsonWriter writer, WireVariant variant, SimConnection connection, string name, int tunnelId, SimChildSa childSa, MetricsSample sample, WireContext wire)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteNumber("tunnel_id"u8, tunnelId);
        writer.WriteString("unique_id"u8, childSa.UniqueId);
        writer.WriteString("state"u8, childSa.State);
        writer.WriteString("spi_in"u8, childSa.SpiIn);
        writer.WriteString("spi_out"u8, childSa.SpiOut);
        writer.WriteNumber("bytes_in"u8, childSa.BytesIn);
        writer.WriteNumber("bytes_out"u8, childSa.BytesOut);
        writer.WriteNumber("packets_in"u8, childSa.PacketsIn);
        writer.WriteNumber("packets_out"u8, childSa.PacketsOut);
        writer.WriteNumber("rekey_time"u8, WireTime.Seconds(sample.ReadAt, childSa.RekeyAt));
        writer.WriteNumber("life_time"u8, WireTime.Seconds(sample.ReadAt, childSa.ExpiresAt));
        writer.WriteNumber("install_time"u8, WireTime.Seconds(childSa.InstalledAt, sample.ReadAt));
        WriteSelectors(writer, variant.PluralTrafficSelectors ? "local_traffic_selectors"u8 : "local_traffic_selector"u8, connection.LocalRoutes);
        WriteSelectors(writer, variant.PluralTrafficSelectors ? "remote_traffic_selectors"u8 : "remote_traffic_selector"u8, connection.RemoteRoutes);
        if (variant.UnknownFields)
        {
            writer.WriteString("protocol"u8, "ESP");
            writer.WriteString("mode"u8, "TUNNEL");
        }

        WireTime.Write(writer, "created_at"u8, childSa.InstalledAt);
        WireTime.Write(writer, "updated_at"u8, sample.UpdatedAt(childSa.InstalledAt));
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteSelectors(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<SimRoute> routes)
    {
        writer.WriteStartArray(name);
        routes.ForEach(route => writer.WriteStringValue(route.StaticNetwork));
        writer.WriteEndArray();
    }
}
