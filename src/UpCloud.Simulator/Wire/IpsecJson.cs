using System.Text.Json;
using UpCloud.Simulator.Fleet;

namespace UpCloud.Simulator.Wire;

/// <summary>Writes a tunnel's <c>ipsec</c> settings, with the PSK only when a test planted one.</summary>
internal static class IpsecJson
{
    public static void Write(Utf8JsonWriter writer, WireVariant variant, SimTunnel tunnel)
    {
        var ipsec = tunnel.Ipsec;
        writer.WriteStartObject("ipsec"u8);
        writer.WriteStartObject("authentication"u8);
        writer.WriteString("authentication"u8, "psk");
        if (tunnel.Psk is not null)
        {
            writer.WriteString("psk"u8, tunnel.Psk);
        }

        writer.WriteEndObject();
        writer.WriteNumber("child_rekey_time"u8, ipsec.ChildRekeyTime);
        writer.WriteNumber("dpd_delay"u8, ipsec.DpdDelay);
        writer.WriteNumber("dpd_timeout"u8, ipsec.DpdTimeout);
        writer.WriteNumber("ike_lifetime"u8, ipsec.IkeLifetime);
        WriteStrings(writer, "phase1_algorithms"u8, ipsec.Phase1Algorithms);
        WriteDhGroups(writer, "phase1_dh_group_numbers"u8, ipsec.Phase1DhGroupNumbers, variant);
        WriteStrings(writer, "phase1_integrity_algorithms"u8, ipsec.Phase1IntegrityAlgorithms);
        WriteStrings(writer, "phase2_algorithms"u8, ipsec.Phase2Algorithms);
        WriteDhGroups(writer, "phase2_dh_group_numbers"u8, ipsec.Phase2DhGroupNumbers, variant);
        WriteStrings(writer, "phase2_integrity_algorithms"u8, ipsec.Phase2IntegrityAlgorithms);
        writer.WriteNumber("rekey_time"u8, ipsec.RekeyTime);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<string> values)
    {
        writer.WriteStartArray(name);
        values.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
    }

    // The scalar variant has room for one group only, so it carries the first (most preferred) one.
    private static void WriteDhGroups(Utf8JsonWriter writer, ReadOnlySpan<byte> name, List<int> groups, WireVariant variant)
    {
        if (variant.DhGroupsAsScalars)
        {
            if (groups.Count > 0)
            {
                writer.WriteNumber(name, groups[0]);
            }
            else
            {
                writer.WriteNull(name);
            }

            return;
        }

        writer.WriteStartArray(name);
        groups.ForEach(writer.WriteNumberValue);
        writer.WriteEndArray();
    }
}
