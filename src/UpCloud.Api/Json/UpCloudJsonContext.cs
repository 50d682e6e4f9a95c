using System.Text.Json.Serialization;
using UpCloud.Api.Models;

namespace UpCloud.Api.Json;

/// <summary>
/// Source-generated JSON metadata for every API model, so the client needs no reflection. Fields the exporter's series
/// depend on are read strictly, so a wrong type there rejects the object; every other field is read through
/// <see cref="LenientConverter{T}"/> or <see cref="LenientListConverter{T}"/>, so a bad value nobody exports costs nothing.
/// The depth limit is far above the default 64 because unknown fields are skipped without recursion however deep they
/// nest, and one hostile entry must not fail a list page; each endpoint's <see cref="JsonBudget"/> bounds the depth
/// instead, since every level is an object or array, and a list entry over its budget is rejected alone.
/// </summary>
[JsonSourceGenerationOptions(
    MaxDepth = MaxDepth,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientTimestampConverter), typeof(TolerantStringConverter)])]
[JsonSerializable(typeof(Gateway))]
[JsonSerializable(typeof(IReadOnlyList<GatewayConnection>))]
[JsonSerializable(typeof(GatewayConnection))]
[JsonSerializable(typeof(IReadOnlyList<Tunnel>))]
[JsonSerializable(typeof(Tunnel))]
[JsonSerializable(typeof(GatewayMetrics))]
[JsonSerializable(typeof(IReadOnlyList<GatewayPlan>))]
[JsonSerializable(typeof(AuditLogPage))]
[JsonSerializable(typeof(AuditLogEvent))]
[JsonSerializable(typeof(ApiErrorBody))]
[JsonSerializable(typeof(GatewayRouter))]
[JsonSerializable(typeof(GatewayAddress))]
[JsonSerializable(typeof(GatewayLabel))]
[JsonSerializable(typeof(IReadOnlyList<GatewayLabel>))]
[JsonSerializable(typeof(ConnectionRoute))]
[JsonSerializable(typeof(NatNodeMetrics))]
[JsonSerializable(typeof(IkeSa))]
[JsonSerializable(typeof(ChildSa))]
[JsonSerializable(typeof(InvalidParameter))]
[JsonSerializable(typeof(TunnelIpsec))]
[JsonSerializable(typeof(TunnelBgp))]
[JsonSerializable(typeof(IpsecAuthentication))]
[JsonSerializable(typeof(long?))]
[JsonSerializable(typeof(bool?))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
public sealed partial class UpCloudJsonContext : JsonSerializerContext
{
    /// <summary>The deepest nesting the reader accepts: 1,000,000 levels, beyond every <see cref="JsonBudget"/>, so the budgets decide.</summary>
    public const int MaxDepth = 1_000_000;
}
