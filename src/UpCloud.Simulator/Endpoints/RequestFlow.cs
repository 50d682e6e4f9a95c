using Microsoft.AspNetCore.Http;
using UpCloud.Simulator.Auth;
using UpCloud.Simulator.Faults;
using UpCloud.Simulator.Fleet;
using UpCloud.Simulator.Wire;

namespace UpCloud.Simulator.Endpoints;

/// <summary>What every request goes through: logging, latency, authentication, faults, then the fleet's answer.</summary>
internal sealed class RequestFlow(
    SimulatedFleet fleet,
    SimulatorCredentials credentials,
    FaultInjector faults,
    RequestLog log,
    TimeSpan latency,
    CancellationToken stopping)
{
    // Seeds the random choices of each altered body in turn, so a run's mutations repeat with its request order.
    private int _altered;

    public RequestDelegate Handler(string route, RouteResolver resolve) => context => HandleAsync(context, route, resolve);

    private async Task HandleAsync(HttpContext context, string route, RouteResolver resolve)
    {
        log.Record(route);
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellationToken = abort.Token;
        try
        {
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, cancellationToken);
            }

            if (credentials.Deny(context.Request.Headers.Authorization) is { } denial)
            {
                await denial.SendAsync(context.Response, cancellationToken);
                return;
            }

            var fault = faults.Strike(route, context.Request.RouteValues["uuid"] as string);
            switch (fault?.Kind)
            {
                case null:
                    await ServeAsync(context, resolve, floodUnknownFields: false, cancellationToken);
                    break;
                case FaultKind.Latency:
                    await Task.Delay(fault.Delay, cancellationToken);
                    await ServeAsync(context, resolve, floodUnknownFields: false, cancellationToken);
                    break;
                case FaultKind.UnknownFields:
                    await ServeAsync(context, resolve, floodUnknownFields: true, cancellationToken);
                    break;
                case FaultKind.TruncatedJson or FaultKind.BrokenTransfer or FaultKind.MutatedValues or FaultKind.DuplicateEntries:
                    await ServeAlteredAsync(context, resolve, fault, cancellationToken);
                    break;
                default:
                    await FaultResponses.AnswerAsync(context, fault, route, cancellationToken);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client gave up or the simulator is stopping: drop the connection rather than answer late.
            context.Abort();
        }
    }

    private Task ServeAsync(HttpContext context, RouteResolver resolve, bool floodUnknownFields, CancellationToken cancellationToken)
    {
        lock (fleet.SyncRoot)
        {
            resolve(context.Request, fleet, new WireContext(fleet.Now(), floodUnknownFields)).WriteTo(context.Response);
        }

        return context.Response.BodyWriter.FlushAsync(cancellationToken).AsTask();
    }

    private async Task ServeAlteredAsync(HttpContext context, RouteResolver resolve, FaultRule fault, CancellationToken cancellationToken)
    {
        ResponseBody body;
        ReadOnlyMemory<byte> rendered;
        lock (fleet.SyncRoot)
        {
            body = resolve(context.Request, fleet, new WireContext(fleet.Now(), FloodUnknownFields: false));
            rendered = body.Render();
        }

        await AlteredResponses.SendAsync(context, body, rendered, fault, new Random(Interlocked.Increment(ref _altered)), cancellationToken);
    }
}
