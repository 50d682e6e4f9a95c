using System.Text.Json;

namespace UpCloud.Simulator;

/// <summary>Writes one <c>ipsec_metrics.ike_sas[]</c> entry with its child SAs and heuristic state, strongSwan style.</summary>
internal static class IkeSaJson
{
    private const int IkeRekeySeconds = 10_800;

    public static void Write(Utf8JsonWriter writer, SimGateway gateway, SimConnection connection, SimTunnel tunnel, SimIkeSa ikeSa, WireContext wire)
    {
        var name = $"{connection.Name}/{tunnel.Name}";
        var localHost = gateway.Addresses.Find(a => a.Name == tunnel.LocalAddressName)?.Address;
        var established = WireTime.Seconds(ikeSa.EstablishedAt, wire.Now);
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteNumber("tunnel_id"u8, ikeSa.TunnelId);
        writer.WriteString("unique_id"u8, ikeSa.UniqueId);
        writer.WriteNumber("version"u8, 2);
        writer.WriteString("operational_state"u8, ikeSa.OperationalState);
        writer.WriteString("internal_state"u8, ikeSa.InternalState);
        writer.WriteBoolean("initator"u8, true);
        writer.WriteNumber("established"u8, established);
        writer.WriteNumber("rekey_time"u8, IkeRekeySeconds - (established % IkeRekeySeconds));
        writer.WriteNumber("reauth_time"u8, 0);
        writer.WriteString("local_host"u8, localHost);
        writer.WriteString("local_id"u8, localHost);
        writer.WriteString("remote_host"u8, tunnel.RemoteAddress);
        writer.WriteString("remote_id"u8, tunnel.RemoteAddress);
        writer.WriteStartArray("child_sas"u8);
        ikeSa.ChildSas.ForEach(childSa => WriteChildSa(writer, gateway.Wire, connection, name, ikeSa.TunnelId, childSa, wire));
        writer.WriteEndArray();
        WriteHeuristicState(writer, tunnel, wire);
        if (gateway.Wire.UnknownFields)
        {
            writer.WriteString("encr_alg"u8, "AES_CBC");
            writer.WriteNumber("encr_keysize"u8, 256);
            writer.WriteString("dh_group"u8, "MODP_2048");
        }

        WireTime.Write(writer, "created_at"u8, ikeSa.EstablishedAt);
        WireTime.Write(writer, "updated_at"u8, wire.Now);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteChildSa(Utf8JsonWriter writer, WireVariant variant, SimConnection connection, string name, int tunnelId, SimChildSa childSa, WireContext wire)
    {
        var rekeyIn = WireTime.Seconds(wire.Now, childSa.RekeyAt);
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
        writer.WriteNumber("rekey_time"u8, rekeyIn);
        writer.WriteNumber("life_time"u8, rekeyIn + 240);
        writer.WriteNumber("install_time"u8, WireTime.Seconds(childSa.InstalledAt, wire.Now));
        WriteSelectors(writer, variant.PluralTrafficSelectors ? "local_traffic_selectors"u8 : "local_traffic_selector"u8, connection.LocalRoutes);
        WriteSelectors(writer, variant.PluralTrafficSelectors ? "remote_traffic_selectors"u8 : "remote_traffic_selector"u8, connection.RemoteRoutes);
        if (variant.UnknownFields)
        {
            writer.WriteString("protocol"u8, "ESP");
            writer.WriteString("mode"u8, "TUNNEL");
        }

        WireTime.Write(writer, "created_at"u8, childSa.InstalledAt);
        WireTime.Write(writer, "updated_at"u8, wire.Now);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    private static void WriteSelectors(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<SimRoute> routes)
    {
        writer.WriteStartArray(name);
        routes.ForEach(route => writer.WriteStringValue(route.StaticNetwork));
        writer.WriteEndArray();
    }

    private static void WriteHeuristicState(Utf8JsonWriter writer, SimTunnel tunnel, WireContext wire)
    {
        writer.WriteStartObject("heuristic_state"u8);
        writer.WriteBoolean("tunnel_up"u8, tunnel.TunnelUp ?? tunnel.IsUp);
        writer.WriteBoolean("tunnel_healthy"u8, tunnel.TunnelHealthy ?? tunnel.IsUp);
        writer.WriteString("last_down_message"u8, tunnel.LastDownMessage);
        writer.WriteNumber("up_events"u8, tunnel.UpEvents);
        writer.WriteNumber("down_events"u8, tunnel.DownEvents);
        writer.WriteNumber("log_message_bad_events"u8, 0);
        WireTime.Write(writer, "updated_at"u8, wire.Now);
        WireTime.WriteOrNull(writer, "last_down_message_updated_at"u8, tunnel.LastDownMessageAt);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }
}
