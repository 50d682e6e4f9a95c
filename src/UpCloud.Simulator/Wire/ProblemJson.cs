using System.Text.Json;

namespace UpCloud.Simulator.Wire;

/// <summary>Error bodies in both of UpCloud's forms: problem+json and the legacy <c>{"error":{…}}</c>.</summary>
internal static class ProblemJson
{
    public const string ContentType = "application/problem+json";

    public static void Write(Utf8JsonWriter writer, int status, string title, IReadOnlyList<InvalidParam> invalidParams)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, ErrorCodes.ProblemTypePrefix + ErrorCodes.ForStatus(status));
        writer.WriteString("title"u8, title);
        writer.WriteNumber("status"u8, status);
        writer.WriteString("correlation_id"u8, Guid.NewGuid().ToString());
        if (invalidParams.Count > 0)
        {
            writer.WriteStartArray("invalid_params"u8);
            foreach (var invalid in invalidParams)
            {
                writer.WriteStartObject();
                writer.WriteString("name"u8, invalid.Name);
                writer.WriteString("reason"u8, invalid.Reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteLegacy(Utf8JsonWriter writer, int status, string message)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error"u8);
        writer.WriteString("error_code"u8, ErrorCodes.ForStatus(status));
        writer.WriteString("error_message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
