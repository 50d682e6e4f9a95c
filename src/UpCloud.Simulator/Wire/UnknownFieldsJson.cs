using System.Text;
using System.Text.Json;

namespace UpCloud.Simulator.Wire;

/// <summary>The flood of unknown nested fields the <see cref="Faults.FaultKind.UnknownFields"/> fault adds to every object.</summary>
internal static class UnknownFieldsJson
{
    private static readonly JsonEncodedText[] Names =
        [.. Enumerable.Range(1, 16).Select(i => JsonEncodedText.Encode($"x_future_field_{i}"))];

    private static readonly byte[] Value = Encoding.UTF8.GetBytes(
        """{"kind":"future","level":1,"next":{"level":2,"next":{"level":3,"items":[1,"two",null,true,{"deep":[[],{}]}]}},"note":"ignore me"}""");

    public static void Write(Utf8JsonWriter writer, WireContext wire)
    {
        if (!wire.FloodUnknownFields)
        {
            return;
        }

        foreach (var name in Names)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(Value, skipInputValidation: true);
        }
    }
}
