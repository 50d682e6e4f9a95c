using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace UpCloud.Api.Json;

/// <summary>
/// Reads a list the exporter does not export, sent as an array or a single value: elements that do not fit are dropped,
/// and a single value that does not fit reads as a missing list, so such a list never fails the object it belongs to.
/// </summary>
/// <typeparam name="T">The element type, resolved through the options' source-generated metadata.</typeparam>
public sealed class LenientListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <inheritdoc />
    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return LenientConverter<T>.TryRead(ref reader, element, out var single) && single is not null ? [single] : null;
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Add(ref reader, element, items);
        }

        return items;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        SingleOrArrayConverter<T>.WriteList(writer, value, options);

    private static void Add(ref Utf8JsonReader reader, JsonTypeInfo<T> element, List<T> items)
    {
        if (reader.TokenType != JsonTokenType.Null && LenientConverter<T>.TryRead(ref reader, element, out var item) && item is not null)
        {
            items.Add(item);
        }
    }
}
