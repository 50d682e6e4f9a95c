using UpCloud.Api.Models;

namespace UpCloud.Api;

/// <summary>A gateway list entry that did not match the documented shape.</summary>
/// <param name="Uuid">The entry's UUID, when it had a readable one.</param>
/// <param name="Labels">The entry's labels, when they were readable on their own; null when not.</param>
/// <param name="Reason">What was wrong with it, without any of its values.</param>
public sealed record RejectedGateway(string? Uuid, IReadOnlyList<GatewayLabel>? Labels, string Reason);
