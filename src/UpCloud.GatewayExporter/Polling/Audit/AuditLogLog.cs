using UpCloud.Api;

namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>
/// Logs what happens to the audit log once when it starts or changes and once when it ends, never at every read; its
/// lines carry counts and the API's error, never a field of an event.
/// </summary>
internal sealed partial class AuditLogLog(ILogger logger)
{
    private string? _failure;
    private AuditLogNotes _last = new();

    /// <summary>The API refused the audit log; logged once, as it is not asked again.</summary>
    public void Refused(UpCloudApiException exception) => LogRefused(exception.StatusCode ?? 0, AuditLogAccess.WhyRefused(exception), exception.Message);

    /// <summary>A read failed for a reason that may pass.</summary>
    public void Failed(PollError error)
    {
        if (_failure != error.Kind)
        {
            LogFailed(error.Message);
        }

        _failure = error.Kind;
    }

    /// <summary>A read succeeded, with what it had to skip.</summary>
    public void Read(AuditLogNotes notes)
    {
        if (_failure is not null)
        {
            LogRecovered();
            _failure = null;
        }

        if (notes.Unreadable > 0 && _last.Unreadable == 0)
        {
            LogUnreadable(notes.Unreadable);
        }

        if (notes.Future > 0 && _last.Future == 0)
        {
            LogFuture(notes.Future, (int)AuditLogPages.MaxClockSkew.TotalMinutes);
        }

        if (notes.Folded > 0 && _last.Folded == 0)
        {
            LogFolded(notes.Folded, GatewayAuditTally.MaxPairs, GatewayAuditTally.Other);
        }

        if (notes.Flooded && !_last.Flooded)
        {
            LogFlooded(AuditLogPages.MaxPagesPerRead * AuditLogApi.MaxPageSize);
        }

        _last = notes;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit log answered HTTP {Status}: {Why}. It is not asked again until the exporter restarts: upcloud_gateway_exporter_audit_log_up is 0 and no new gateway change or maintenance is counted, while everything else is exported as usual ({Error})")]
    private partial void LogRefused(int status, string why, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read the audit log, so upcloud_gateway_exporter_audit_log_up is 0 and new gateway changes and maintenance are not counted until it can; tried again in a minute: {Error}")]
    private partial void LogFailed(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Can read the audit log again")]
    private partial void LogRecovered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit log sent {Count} entries without a readable cloud_event_id or time; they are skipped")]
    private partial void LogUnreadable(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit log sent {Count} entries dated more than {Minutes} minutes ahead of this host's clock; they are skipped until then")]
    private partial void LogFuture(int count, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} gateways have audit log events of more than {Max} kinds (action and origin); the further kinds count under action and origin \"{Other}\"")]
    private partial void LogFolded(int count, int max, string other);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit log holds more new gateway events than one read takes ({Max}), or more than a page of them at one instant; the rest are read a minute later if the API lists oldest first, but skipped if it lists newest first, and those beyond the first page at one instant are skipped")]
    private partial void LogFlooded(int max);
}
