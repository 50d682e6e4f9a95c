using System.Text.Json;
using UpCloud.Api.Models;

namespace UpCloud.Api.Json;

/// <summary>Reads a rejected list entry's UUID and labels on their own, so a label filter can still tell whether the entry was one of its gateways.</summary>
internal static class EntryIdentity
{
    public static string? UuidOf(ReadOnlySpan<byte> entry)
    {
        try
        {
            return ValueOf(entry, "uuid"u8) is { } value && entry[value][0] == (byte)'"'
                ? JsonSerializer.Deserialize(entry[value], UpCloudJsonContext.Default.String)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IReadOnlyList<GatewayLabel>? LabelsOf(ReadOnlySpan<byte> entry)
    {
        try
        {
            return ValueOf(entry, "labels"u8) is { } value ? JsonSerializer.Deserialize(entry[value], UpCloudJsonContext.Default.IReadOnlyListGatewayLabel) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where the value of the entry's own property <paramref name="name"/> lies, or null when the entry is no object or lacks it.</summary>
    private static Range? ValueOf(ReadOnlySpan<byte> entry, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(entry, JsonTally.ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var wanted = reader.ValueTextEquals(name);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (wanted)
            {
                return start..(int)reader.BytesConsumed;
            }
        }

        return null;
    }
}
