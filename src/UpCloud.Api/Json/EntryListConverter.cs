using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UpCloud.Api.Json;

/// <summary>
/// Reads a JSON array whose length matters, such as a page whose fullness says whether another follows: an element that
/// does not fit, or is null, reads as null in its place instead of being dropped. Anything but an array fails.
/// </summary>
/// <typeparam name="T">The element type, resolved through the options' source-generated metadata.</typeparam>
public sealed class EntryListConverter<T> : JsonConverter<IReadOnlyList<T?>>
    where T : class
{
    /// <inheritdoc />
    public override IReadOnlyList<T?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array, found {reader.TokenType}");
        }

        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var entries = new List<T?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            entries.Add(reader.TokenType != JsonTokenType.Null && LenientConverter<T>.TryRead(ref reader, element, out var entry) ? entry : null);
        }

        return entries;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T?> value, JsonSerializerOptions options)
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var entry in value)
        {
            if (entry is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, entry, element);
            }
        }

        writer.WriteEndArray();
    }
}
