using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UpCloud.Api.Json;

/// <summary>Reads a list that the API sends as a JSON array or as a single value, dropping null elements so no consumer meets one.</summary>
/// <typeparam name="T">The element type, resolved through the options' source-generated metadata.</typeparam>
public sealed class SingleOrArrayConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <inheritdoc />
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var single = ReadItem(ref reader, element, 0);
            return single is null ? [] : [single];
        }

        var items = new List<T>();
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            var item = ReadItem(ref reader, element, index);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>
    /// Reads one element. A failure's own path starts at the element, so it is wrapped for the serializer to give the
    /// list property's path, with the element's index kept for <see cref="JsonFailure.PathOf"/> to join the two.
    /// </summary>
    private static T? ReadItem(ref Utf8JsonReader reader, JsonTypeInfo<T> element, int index)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, element);
        }
        catch (JsonException ex)
        {
            throw JsonFailure.InElement(index, typeof(T).Name, ex);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) => WriteList(writer, value, options);

    /// <summary>Writes a list as a JSON array, each element through its source-generated metadata.</summary>
    internal static void WriteList(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, element);
        }

        writer.WriteEndArray();
    }
}
