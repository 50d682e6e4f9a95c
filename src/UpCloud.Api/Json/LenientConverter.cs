using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UpCloud.Api.Json;

/// <summary>
/// Reads a field the exporter does not export: a value that does not fit the field's type reads as missing instead of
/// failing the whole object, because a bad value nobody looks at must not cost the gateway it belongs to.
/// </summary>
/// <typeparam name="T">The field's type, resolved through the options' source-generated metadata.</typeparam>
public sealed class LenientConverter<T> : JsonConverter<T>
{
    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)), out var value) ? value : default;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    /// <summary>Reads one value; on a mismatch the reader is left past the value, as if it had been skipped.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, JsonTypeInfo<T> type, out T? value)
    {
        // The serializer buffers a custom converter's whole value before calling it, so the copy can replay and skip it.
        var start = reader;
        try
        {
            value = JsonSerializer.Deserialize(ref reader, type);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            reader = start;
            reader.Skip();
            value = default;
            return false;
        }
    }
}
