namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>How the last read of the audit log went.</summary>
internal enum AuditLogState
{
    /// <summary>It was read.</summary>
    Readable,

    /// <summary>It failed for a reason that may pass (5xx, no answer, a bad body); it is read again after <see cref="AuditLogReader.Interval"/>.</summary>
    Failing,

    /// <summary>The API refused it (401, 403 or 404); it is not asked again while the process runs.</summary>
    Refused,
}
