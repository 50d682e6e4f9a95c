using Microsoft.Extensions.Logging;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Polling;

/// <summary>Logs failures once when they start or change and once when they end, never once per poll.</summary>
internal sealed partial class PollFailureLog(ILogger<PollFailureLog> logger, ApiAccount account)
{
    private readonly Dictionary<string, string> _failingGateways = new(StringComparer.OrdinalIgnoreCase);
    private string? _listFailure;
    private int _rejected;

    /// <summary>Compares a snapshot's failures with the previous poll's and logs what changed.</summary>
    public void Report(PollSnapshot snapshot)
    {
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

        if (snapshot.RejectedGateways != _rejected)
        {
            LogRejected(snapshot.RejectedGateways);
            _rejected = snapshot.RejectedGateways;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var gateway in snapshot.Gateways)
        {
            seen.Add(gateway.Uuid);
            var name = gateway.Gateway.Name ?? gateway.Uuid;
            var error = gateway.MetricsError ?? gateway.ConnectionsError;
            var known = _failingGateways.GetValueOrDefault(gateway.Uuid);
            if (error is not null && known != error.Kind)
            {
                LogGatewayFailed(name, error.Message);
                _failingGateways[gateway.Uuid] = error.Kind;
            }
            else if (error is null && known is not null)
            {
                LogGatewayRecovered(name, gateway.Uuid);
                _failingGateways.Remove(gateway.Uuid);
            }
        }

        foreach (var gone in _failingGateways.Keys.Where(uuid => !seen.Contains(uuid)).ToList())
        {
            _failingGateways.Remove(gone);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot read {List}, so its gateway series are withheld until it can: {Error}")]
    private partial void LogListFailed(string list, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Can read {List} again: {Count} gateways exported")]
    private partial void LogListRecovered(string list, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} gateway list entries do not match the documented shape and are skipped")]
    private partial void LogRejected(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gateway {Gateway}: its NAT and IPsec series are withheld: {Error}")]
    private partial void LogGatewayFailed(string gateway, string error);

    // Gateway names need not be unique, so the UUID says which one recovered, as the failure's request path said which one failed.
    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway {Gateway} ({Uuid}) is readable again")]
    private partial void LogGatewayRecovered(string gateway, string uuid);
}
