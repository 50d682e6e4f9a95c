using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>A resolved answer: status, content type and the JSON writer that produces the body.</summary>
internal sealed record ResponseBody(int Status, string ContentType, Action<Utf8JsonWriter> Write)
{
    public const string JsonContentType = "application/json";

    // Like the real API, non-ASCII names go out as UTF-8 rather than \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ResponseBody Json(Action<Utf8JsonWriter> write) => new(StatusCodes.Status200OK, JsonContentType, write);

    public static ResponseBody Problem(int status, string title, params IReadOnlyList<InvalidParam> invalidParams)
        => new(status, ProblemJson.ContentType, writer => ProblemJson.Write(writer, status, title, invalidParams));

    public static ResponseBody LegacyError(int status, string message)
        => new(status, JsonContentType, writer => ProblemJson.WriteLegacy(writer, status, message));

    public static ResponseBody NotFound() => Problem(StatusCodes.Status404NotFound, "Resource not found.");

    // Synchronous on purpose: it runs under the fleet lock and only fills the response pipe's buffers; the caller flushes.
    public void WriteTo(HttpResponse response)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        using var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions);
        Write(writer);
    }

    public ReadOnlyMemory<byte> Render()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer);
        }

        return buffer.WrittenMemory;
    }

    public async Task SendAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        WriteTo(response);
        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
