using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Simulator.Faults;

/// <summary>The answers of the faults that replace the normal body entirely.</summary>
internal static class FaultResponses
{
    private static readonly byte[] Malformed = "{\"uuid\":\"0b5c7c6e\",,\"name\": <html>Bad Gateway</html>"u8.ToArray();

    // One 64 KiB run of complete array elements, written as often as the rule's size asks: a valid-looking array.
    private static readonly byte[] OversizedChunk = BuildOversizedChunk();

    public static async Task AnswerAsync(HttpContext context, FaultRule rule, string route, CancellationToken cancellationToken)
    {
        switch (rule.Kind)
        {
            case FaultKind.Status:
                await ResponseBody.Problem(rule.StatusCode, "Simulated failure.").SendAsync(context.Response, cancellationToken);
                break;
            case FaultKind.LegacyStatus:
                await ResponseBody.LegacyError(rule.StatusCode, "Simulated failure.").SendAsync(context.Response, cancellationToken);
                break;
            case FaultKind.TooManyRequests:
                context.Response.Headers.RetryAfter = rule.RetryAfterHeader ?? ((long)Math.Ceiling(rule.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await ResponseBody.Problem(StatusCodes.Status429TooManyRequests, "Too many requests.").SendAsync(context.Response, cancellationToken);
                break;
            case FaultKind.Hang:
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                break;
            case FaultKind.MalformedJson:
                context.Response.ContentType = ResponseBody.JsonContentType;
                await context.Response.Body.WriteAsync(Malformed, cancellationToken);
                break;
            case FaultKind.OversizedBody:
                await Oversized(rule.Size).SendAsync(context.Response, rule.DeclareLength, cancellationToken);
                break;
            case FaultKind.OversizedError or FaultKind.DeepNesting or FaultKind.HugeString or FaultKind.TinyItems:
                await HostileBodies.For(rule, route).SendAsync(context.Response, rule.DeclareLength, cancellationToken);
                break;
            case FaultKind.ResetConnection:
                context.Abort();
                break;
            case FaultKind.Redirect:
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = (rule.Location ?? throw new InvalidOperationException("A redirect fault needs a Location.")).AbsoluteUri;
                break;
            case FaultKind.CustomBody:
                context.Response.ContentType = ResponseBody.JsonContentType;
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(rule.Body), cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"{rule.Kind} keeps the normal body and is not answered here.");
        }
    }

    private static StreamedBody Oversized(long size) => new(StatusCodes.Status200OK, ResponseBody.JsonContentType,
        [("["u8.ToArray(), 1), (OversizedChunk, size / OversizedChunk.Length), ("{}]"u8.ToArray(), 1)]);

    private static byte[] BuildOversizedChunk()
    {
        var element = "{\"uuid\":\"00000000-0000-4000-8000-000000000000\",\"name\":\"oversized\",\"padding\":\"" + new string('x', 900) + "\"},";
        var builder = new StringBuilder(64 * 1024);
        while (builder.Length + element.Length <= 64 * 1024)
        {
            builder.Append(element);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
