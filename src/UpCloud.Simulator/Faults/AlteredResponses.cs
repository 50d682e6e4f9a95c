using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Endpoints;

namespace UpCloud.Simulator.Faults;

/// <summary>The answers of the faults that send the normal body altered: cut short, broken off, mutated or padded with repeats.</summary>
internal static class AlteredResponses
{
    public static async Task SendAsync(HttpContext context, ResponseBody body, ReadOnlyMemory<byte> rendered, FaultRule rule, Random random, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = body.Status;
        response.ContentType = body.ContentType;
        switch (rule.Kind)
        {
            case FaultKind.TruncatedJson:
                await response.Body.WriteAsync(rendered[..(rendered.Length / 2)], cancellationToken);
                break;
            case FaultKind.BrokenTransfer:
                // The length promises the whole body; the connection ends halfway through it.
                response.ContentLength = rendered.Length;
                await response.Body.WriteAsync(rendered[..(rendered.Length / 2)], cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                context.Abort();
                break;
            case FaultKind.MutatedValues:
                await response.Body.WriteAsync(ValueMutator.Mutate(rendered.Span, random), cancellationToken);
                break;
            case FaultKind.DuplicateEntries:
                await EntryRepeater.Repeat(body.Status, body.ContentType, rendered, rule.Size).SendAsync(response, rule.DeclareLength, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"{rule.Kind} does not alter the normal body.");
        }
    }
}
