namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>What one read of the audit log had to skip or bound, for its log; counts only, never an event's contents.</summary>
internal sealed class AuditLogNotes
{
    /// <summary>Entries without a readable <c>cloud_event_id</c> or <c>time</c>, which can be neither de-duplicated nor placed.</summary>
    public int Unreadable { get; set; }

    /// <summary>Entries dated more than <see cref="AuditLogPages.MaxClockSkew"/> ahead, skipped until then so they cannot move the cursor past every later event.</summary>
    public int Future { get; set; }

    /// <summary>Gateways with more kinds of event than a tally keeps apart.</summary>
    public int Folded { get; set; }

    /// <summary>Whether the read stopped at <see cref="AuditLogPages.MaxPagesPerRead"/> pages, or skipped a flood of events at one instant.</summary>
    public bool Flooded { get; set; }
}
