using System.Globalization;
using System.Text.Json;

namespace UpCloud.Simulator.Wire;

/// <summary>UpCloud's timestamp and elapsed-seconds conventions.</summary>
internal static class WireTime
{
    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, DateTimeOffset at)
    {
        Span<byte> text = stackalloc byte[32];
        at.UtcDateTime.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..length]);
    }

    public static long Seconds(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (long)(to - from).TotalSeconds);
}
