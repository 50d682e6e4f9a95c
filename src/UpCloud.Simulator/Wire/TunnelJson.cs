using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes a tunnel object as the tunnel endpoints and embedding parents serve it.</summary>
internal static class TunnelJson
{
    public static void Write(Utf8JsonWriter writer, SimGateway gateway, SimTunnel tunnel, WireContext wire)
    {
        writer.WriteStartObject();
        if (!gateway.Wire.WithoutChildUuids)
        {
            writer.WriteString("uuid"u8, tunnel.Uuid);
        }

        writer.WriteString("name"u8, tunnel.Name);
        writer.WriteStartObject("local_address"u8);
        writer.WriteString("name"u8, tunnel.LocalAddressName);
        writer.WriteEndObject();
        writer.WriteStartObject("remote_address"u8);
        writer.WriteString("address"u8, tunnel.RemoteAddress);
        writer.WriteEndObject();
        var state = gateway.Wire.SdkTunnelStates ? SdkTunnelStates.Of(tunnel.OperationalState, tunnel, wire.Now) : tunnel.OperationalState;
        writer.WriteString("operational_state"u8, state);
        if (tunnel.TunnelUp is { } up)
        {
            writer.WriteBoolean("tunnel_up"u8, up);
        }

        if (tunnel.TunnelHealthy is { } healthy)
        {
            writer.WriteBoolean("tunnel_healthy"u8, healthy);
        }

        writer.WriteNumber("internal_peer_ping_interval"u8, 10);
        WriteInternalIp(writer, gateway.Wire.TunnelInternalIp, tunnel);
        IpsecJson.Write(writer, gateway.Wire, tunnel);
        if (gateway.Wire.NewerFields)
        {
            writer.WriteStartObject("bgp"u8);
            writer.WriteString("local_address"u8, InternalIp(tunnel, host: 1));
            writer.WriteNumber("local_asn"u8, 64_600);
            writer.WriteString("remote_address"u8, InternalIp(tunnel, host: 2));
            writer.WriteNumber("remote_asn"u8, 65_000 + tunnel.TunnelId);
            writer.WriteEndObject();
        }

        if (gateway.Wire.UnknownFields)
        {
            writer.WriteStartObject("monitoring"u8);
            writer.WriteBoolean("ping_enabled"u8, true);
            writer.WriteEndObject();
        }

        WireTime.Write(writer, "created_at"u8, tunnel.CreatedAt);
        WireTime.Write(writer, "updated_at"u8, tunnel.UpdatedAt);
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    // Absent writes nothing, as on gateways older than the field.
    private static void WriteInternalIp(Utf8JsonWriter writer, TunnelInternalIpForm form, SimTunnel tunnel)
    {
        switch (form)
        {
            case TunnelInternalIpForm.String:
                writer.WriteString("tunnel_internal_ip"u8, InternalIp(tunnel, host: 1) + "/30");
                break;
            case TunnelInternalIpForm.Object:
                writer.WriteStartObject("tunnel_internal_ip"u8);
                writer.WriteStartObject("ip"u8);
                writer.WriteString("addr"u8, InternalIp(tunnel, host: 1));
                writer.WriteEndObject();
                writer.WriteBoolean("hasParseError"u8, false);
                writer.WriteEndObject();
                break;
        }
    }

    // Each tunnel gets its own /30 in 169.254.0.0/16, derived from its tunnel id so it is stable.
    private static string InternalIp(SimTunnel tunnel, int host)
        => $"169.254.{17 + (tunnel.TunnelId / 64)}.{(tunnel.TunnelId % 64 * 4) + host}";
}
