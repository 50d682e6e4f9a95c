using System.Text;
using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Endpoints;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Faults;

/// <summary>
/// The streamed bodies of the faults that replace a normal answer with a hostile one of a set size. Each comes in the
/// route's shape, so the client gets past the outer JSON and meets the hostile part where it reads entries: a list
/// route's top-level array, the metrics body's <c>gateways</c>, or the entry list of a single resource.
/// </summary>
internal static class HostileBodies
{
    private const string EntryUuid = "00000000-0000-4000-8000-00000000b0d7";

    public static StreamedBody For(FaultRule rule, string route) => rule.Kind switch
    {
        FaultKind.OversizedError => Error(rule),
        FaultKind.DeepNesting => Entries(route, $$"""{"uuid":"{{EntryUuid}}","name":"deep","x_nested":""", ("[", rule.Size / 2), ("]", rule.Size / 2), "}"),
        FaultKind.HugeString => Entries(route, "{\"uuid\":\"" + EntryUuid + "\",\"name\":\"", ("x", rule.Size), ("", 0), "\"}"),
        FaultKind.TinyItems => Entries(route, string.Empty, ("{},", rule.Size / 3), ("", 0), "{}"),
        _ => throw new InvalidOperationException($"{rule.Kind} is not a streamed hostile body."),
    };

    private static StreamedBody Error(FaultRule rule) => new(rule.StatusCode, ProblemJson.ContentType,
    [
        (Bytes($"{{\"type\":\"https://developers.upcloud.com/1.3/errors#ERROR_SIMULATED\",\"status\":{rule.StatusCode},\"title\":\""), 1),
        ("x"u8.ToArray(), rule.Size),
        ("\"}"u8.ToArray(), 1),
    ]);

    private static StreamedBody Entries(string route, string head, (string Unit, long Times) first, (string Unit, long Times) second, string tail)
    {
        var (open, close) = Shape(route);
        return new StreamedBody(StatusCodes.Status200OK, ResponseBody.JsonContentType,
        [
            (Bytes(open + head), 1),
            (Bytes(first.Unit), first.Times),
            (Bytes(second.Unit), second.Times),
            (Bytes(tail + close), 1),
        ]);
    }

    /// <summary>Where a route's entries go: the array itself for a list, the list field a client reads for a single object.</summary>
    private static (string Open, string Close) Shape(string route) => route switch
    {
        RouteTemplates.Metrics => ("""{"gateways":[""", "]}"),
        RouteTemplates.Gateway => ("""{"connections":[""", "]}"),
        RouteTemplates.Connection => ("""{"tunnels":[""", "]}"),
        RouteTemplates.Tunnel => ("""{"ipsec":{"phase1_algorithms":[""", "]}}"),
        _ => ("[", "]"),
    };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
