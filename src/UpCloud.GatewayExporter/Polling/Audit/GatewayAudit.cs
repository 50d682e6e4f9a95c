namespace UpCloud.GatewayExporter.Polling.Audit;

/// <summary>What one gateway's audit log events add up to, as exported; immutable.</summary>
/// <param name="Events">Events seen by action and origin, in order of action and origin.</param>
/// <param name="LastChange">By origin, the newest create, update, start, stop, attach or detach.</param>
/// <param name="LastMaintenance">The newest maintenance-start; null when none was seen.</param>
internal sealed record GatewayAudit(
    IReadOnlyList<(string Action, string Origin, long Count)> Events,
    IReadOnlyList<(string Origin, DateTimeOffset At)> LastChange,
    DateTimeOffset? LastMaintenance);
