using UpCloud.GatewayExporter.ApiClient;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>
/// Takes one account's part in every poll: reads its fleet through its own client, logs its failures as they start and
/// end, and stamps the snapshot with the account and what its client did, so the mapper never matches by position.
/// </summary>
internal sealed partial class AccountPoller(ApiAccount account, FleetReader reader, PollFailureLog failures, ApiAttemptLog apiCalls, TimeProvider time, ILogger<AccountPoller> logger)
{
    /// <summary>Reads the account; an unexpected failure fails only this account's part of the poll, but running out of memory ends the process.</summary>
    public async Task<PollSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        // The scope gives every log event of this account's read, the HTTP client's included, an Account property in JSON logs.
        using var scope = account.Name is { } name ? logger.BeginScope(new Dictionary<string, object> { ["Account"] = name }) : null;
        var startedAt = time.GetUtcNow();
        try
        {
            var snapshot = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            failures.Report(snapshot);
            return Stamp(snapshot);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            LogReadCrashed(account.GatewayList, ex.GetType().Name, ex.Message);
            return Stamp(PollSnapshot.ListFailed(startedAt, time.GetUtcNow() - startedAt, PollError.Unexpected(ex)));
        }
    }

    /// <summary>The snapshot as this account's, carrying the API calls made since the last one.</summary>
    public PollSnapshot Stamp(PollSnapshot snapshot) => snapshot with { Account = account.Name, ApiCalls = apiCalls.Take() };

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {List} failed unexpectedly ({Type}: {Error}); it counts as a failed poll and the next one runs on schedule")]
    private partial void LogReadCrashed(string list, string type, string error);
}
