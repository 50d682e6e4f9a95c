using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UpCloud.Api.Json;

/// <summary>Reads a list that the API sends either as a JSON array or as a single value.</summary>
/// <typeparam name="T">The element type, resolved through the options' source-generated metadata.</typeparam>
public sealed class SingleOrArrayConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <inheritdoc />
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var single = JsonSerializer.Deserialize(ref reader, element);
            return single is null ? [] : [single];
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSerializer.Deserialize(ref reader, element);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
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
