namespace UpCloud.Api;

/// <summary>A gateway list entry that did not match the documented shape.</summary>
/// <param name="Uuid">The entry's UUID, when it had a readable one.</param>
/// <param name="Reason">What was wrong with it, without any of its values.</param>
public sealed record RejectedGateway(string? Uuid, string Reason);
