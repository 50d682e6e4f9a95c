using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes one <c>ipsec_metrics.ike_sas[]</c> entry with its child SAs and heuristic state, strongSwan style.</summary>
internal static class IkeSaJson
{
    public static void Write(Utf8JsonWriter writer, SimGateway gateway, SimConnection connection, SimTunnel tunnel, SimIkeSa ikeSa, MetricsSample sample, WireContext wire)
    {
        var name = $"{connection.Name}/{tunnel.Name}";
        var localHost = gateway.Addresses.Find(a => a.Name == tunnel.LocalAddressName)?.Address;
        writer.WriteStartObject();
        writer.WriteString("name"u8, name);
        writer.WriteNumber("tunnel_id"u8, ikeSa.TunnelId);
        writer.WriteString("unique_id"u8, ikeSa.UniqueId);
        writer.WriteNumber("version"u8, tunnel.IkeVersion);
        var sdk = gateway.Wire.SdkTunnelStates;
        writer.WriteString("operational_state"u8, sdk ? SdkTunnelStates.Of(ikeSa.OperationalState, tunnel, sample.ReadAt) : ikeSa.OperationalState);
        writer.WriteString("internal_state"u8, sdk && ikeSa.InternalState == TunnelStates.Established ? SdkTunnelStates.Of(ikeSa.InternalState, tunnel, sample.ReadAt) : ikeSa.InternalState);
        writer.WriteBoolean("initator"u8, ikeSa.Initiator);
        WriteTimers(writer, tunnel, ikeSa, sample);
        writer.WriteString("local_host"u8, localHost);
        writer.WriteString("local_id"u8, localHost);
        writer.WriteString("remote_host"u8, tunnel.RemoteAddress);
        writer.WriteString("remote_id"u8, tunnel.RemoteAddress);
        writer.WriteStartArray("child_sas"u8);
        ikeSa.ChildSas.ForEach(childSa => ChildSaJson.Write(writer, gateway.Wire, connection, name, ikeSa.TunnelId, childSa, sample, wire));
        writer.WriteEndArray();
        HeuristicStateJson.Write(writer, tunnel, sample, wire);
        if (gateway.Wire.UnknownFields)
        {
            writer.WriteString("encr_alg"u8, "AES_CBC");
            writer.WriteNumber("encr_keysize"u8, 256);
            writer.WriteString("dh_group"u8, "MODP_2048");
        }

        WireTime.Write(writer, "created_at"u8, ikeSa.CreatedAt);
        WireTime.Write(writer, "updated_at"u8, sample.UpdatedAt(ikeSa.CreatedAt));
        UnknownFieldsJson.Write(writer, wire);
        writer.WriteEndObject();
    }

    // strongSwan lists no establishment time for an SA that never established and schedules nothing for it (0 = none).
    // IKEv2 rekeys the IKE SA in place every rekey_time; IKEv1 cannot, so it reauthenticates on that schedule instead.
    private static void WriteTimers(Utf8JsonWriter writer, SimTunnel tunnel, SimIkeSa ikeSa, MetricsSample sample)
    {
        long rekeyIn = 0, reauthIn = 0;
        if (ikeSa.EstablishedAt is { } establishedAt)
        {
            var established = WireTime.Seconds(establishedAt, sample.ReadAt);
            var period = Math.Max(1, tunnel.Ipsec.RekeyTime);
            var due = period - (established % period);
            (rekeyIn, reauthIn) = tunnel.IkeVersion == 1 ? (0L, due) : (due, 0L);
            writer.WriteNumber("established"u8, established);
        }

        writer.WriteNumber("rekey_time"u8, rekeyIn);
        writer.WriteNumber("reauth_time"u8, reauthIn);
    }
}
