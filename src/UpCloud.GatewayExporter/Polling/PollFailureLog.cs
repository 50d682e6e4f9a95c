using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>Logs failures once when they start or change and once when they end, never once per poll.</summary>
internal sealed partial class PollFailureLog(ILogger<PollFailureLog> logger, ApiAccount account)
{
    private readonly Dictionary<string, string> _failingGateways = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string> _duplicates = new(StringComparer.OrdinalIgnoreCase);
    private string? _listFailure;
    private string? _plansFailure;
    private int _unidentifiedRejected;

    /// <summary>Compares a snapshot's failures with the previous poll's and logs what changed.</summary>
    public void Report(PollSnapshot snapshot)
    {
        ReportPlans(snapshot.PlansError);
        if (snapshot.ListError is { } listError)
        {
            if (_listFailure != listError.Kind)
            {
                LogListFailed(account.GatewayList, listError.Message);
            }

            _listFailure = listError.Kind;
            return;
        }

        if (_listFailure is not null)
        {
            LogListRecovered(account.GatewayList, snapshot.Gateways.Count);
            _listFailure = null;
        }

        ReportDuplicates(snapshot);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rejected in snapshot.Rejected.Where(r => !string.IsNullOrEmpty(r.Uuid)))
        {
            seen.Add(rejected.Uuid!);
            Track(rejected.Uuid!, "rejected/" + rejected.Reason, () => LogEntryRejected(DisplayText.Log(rejected.Uuid!), DisplayText.Log(rejected.Reason)));
        }

        var unidentified = snapshot.Rejected.Count(r => string.IsNullOrEmpty(r.Uuid));
        if (unidentified != _unidentifiedRejected && unidentified > 0)
        {
            LogUnidentifiedRejected(unidentified);
        }

        _unidentifiedRejected = unidentified;
        foreach (var gateway in snapshot.Gateways)
        {
            seen.Add(gateway.Uuid);
            var name = DisplayText.Log(gateway.Gateway.Name ?? gateway.Uuid);
            if ((gateway.MetricsError ?? gateway.ConnectionsError) is { } error)
            {
                Track(gateway.Uuid, error.Kind, () => LogGatewayFailed(name, error.Message));
            }
            else if (_failingGateways.Remove(gateway.Uuid))
            {
                LogGatewayRecovered(name, DisplayText.Log(gateway.Uuid));
            }
        }

        foreach (var gone in _failingGateways.Keys.Where(uuid => !seen.Contains(uuid)).ToList())
        {
            _failingGateways.Remove(gone);
        }
    }

    private void Track(string uuid, string kind, Action log)
    {
        if (_failingGateways.GetValueOrDefault(uuid) != kind)
        {
            log();
            _failingGateways[uuid] = kind;
        }
    }

    private void ReportPlans(PollError? error)
    {
        if (error is not null && _plansFailure != error.Kind)
        {
            LogPlansFailed(error.Message);
        }
        else if (error is null && _plansFailure is not null)
        {
            LogPlansRecovered();
        }

        _plansFailure = error?.Kind;
    }

    private void ReportDuplicates(PollSnapshot snapshot)
    {
        var duplicates = snapshot.DuplicateUuids.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var uuid in duplicates.Where(uuid => !_duplicates.Contains(uuid)))
        {
            LogDuplicate(DisplayText.Log(uuid));
        }

        _duplicates = duplicates;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot read {List}, so its gateway series are withheld until it can: {Error}")]
    private partial void LogListFailed(string list, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Can read {List} again: {Count} gateways exported")]
    private partial void LogListRecovered(string list, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read the gateway plans, so the capacity series keep the plans read before, or are withheld if there were none; tried again at the next poll: {Error}")]
    private partial void LogPlansFailed(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Can read the gateway plans again")]
    private partial void LogPlansRecovered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway list entry {Uuid} does not match the documented shape ({Reason}), so its series are withheld and its counters kept until it does")]
    private partial void LogEntryRejected(string uuid, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} gateway list entries without a readable UUID do not match the documented shape and are skipped")]
    private partial void LogUnidentifiedRejected(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The gateway list names {Uuid} more than once; only its first entry is exported")]
    private partial void LogDuplicate(string uuid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway}: its NAT and IPsec series are withheld: {Error}")]
    private partial void LogGatewayFailed(string gateway, string error);

    // Gateway names need not be unique, so the UUID says which one recovered, as the failure's request path said which one failed.
    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {Gateway} ({Uuid}) is readable again")]
    private partial void LogGatewayRecovered(string gateway, string uuid);
}
