using System.Text;
using System.Text.Json;

namespace UpCloud.Api.Json;

/// <summary>Names where a body failed to parse, down into list elements, without quoting any of its values.</summary>
internal static class JsonFailure
{
    private const string ElementIndex = "UpCloud.Api.ElementIndex";

    /// <summary>Wraps the failure of a list element, remembering which element it was.</summary>
    public static JsonException InElement(int index, string type, JsonException inner)
    {
        var wrapped = new JsonException($"element {index} is not a valid {type}", inner);
        wrapped.Data[ElementIndex] = index;
        return wrapped;
    }

    /// <summary>The full path of the failed field, such as <c>$.ipsec_metrics.ike_sas[0].child_sas[1].bytes_in</c>.</summary>
    public static string PathOf(JsonException exception)
    {
        var path = new StringBuilder(exception.Path ?? "$");
        for (var failure = exception; failure.Data[ElementIndex] is int index && failure.InnerException is JsonException inner; failure = inner)
        {
            path.Append('[').Append(index).Append(']').Append(inner.Path is { Length: > 1 } within ? within[1..] : string.Empty);
        }

        return path.ToString();
    }
}
