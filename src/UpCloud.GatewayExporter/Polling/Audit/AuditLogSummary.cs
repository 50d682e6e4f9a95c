namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>What the audit log has told so far, handed into each poll's snapshot whole and never changed afterwards.</summary>
/// <param name="State">How its last read went.</param>
/// <param name="Gateways">By gateway UUID, what its events add up to; gateways without events are left out.</param>
internal sealed record AuditLogSummary(AuditLogState State, IReadOnlyDictionary<string, GatewayAudit> Gateways)
{
    /// <summary>Whether the last read succeeded.</summary>
    public bool Readable => State == AuditLogState.Readable;
}
