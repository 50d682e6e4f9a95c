using System.Text.Json;

namespace UpCloud.Simulator;

/// <summary>Writes a tunnel's <c>ipsec</c> settings, with the PSK only when a test planted one.</summary>
internal static class IpsecJson
{
    private static readonly int[] DhGroups = [14, 16, 19];

    public static void Write(Utf8JsonWriter writer, WireVariant variant, SimTunnel tunnel)
    {
        writer.WriteStartObject("ipsec"u8);
        writer.WriteStartObject("authentication"u8);
        writer.WriteString("authentication"u8, "psk");
        if (tunnel.Psk is not null)
        {
            writer.WriteString("psk"u8, tunnel.Psk);
        }

        writer.WriteEndObject();
        writer.WriteNumber("rekey_time"u8, 10_800);
        writer.WriteNumber("child_rekey_time"u8, 1_440);
        writer.WriteNumber("dpd_delay"u8, 30);
        writer.WriteNumber("dpd_timeout"u8, 120);
        writer.WriteNumber("ike_lifetime"u8, 86_400);
        WriteStrings(writer, "phase1_algorithms"u8, "aes128", "aes256");
        WriteStrings(writer, "phase2_algorithms"u8, "aes128gcm128", "aes256gcm128");
        WriteStrings(writer, "phase1_integrity_algorithms"u8, "sha256", "sha384");
        WriteStrings(writer, "phase2_integrity_algorithms"u8, "sha256");
        WriteDhGroups(writer, "phase1_dh_group_numbers"u8, variant);
        WriteDhGroups(writer, "phase2_dh_group_numbers"u8, variant);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, ReadOnlySpan<byte> name, params ReadOnlySpan<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDhGroups(Utf8JsonWriter writer, ReadOnlySpan<byte> name, WireVariant variant)
    {
        if (variant.DhGroupsAsScalars)
        {
            writer.WriteNumber(name, DhGroups[0]);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var group in DhGroups)
        {
            writer.WriteNumberValue(group);
        }

        writer.WriteEndArray();
    }
}
