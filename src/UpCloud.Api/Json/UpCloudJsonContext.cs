using System.Text.Json;
using System.Text.Json.Serialization;
using UpCloud.Api.Models;

namespace UpCloud.Api.Json;

/// <summary>
/// Source-generated JSON metadata for every API model, so the client needs no reflection. The depth limit is above the
/// default 64 so that a gateway list page survives one entry with deeply nested unknown fields, which are skipped.
/// </summary>
[JsonSourceGenerationOptions(
    MaxDepth = 256,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientTimestampConverter)])]
[JsonSerializable(typeof(Gateway))]
[JsonSerializable(typeof(IReadOnlyList<GatewayConnection>))]
[JsonSerializable(typeof(GatewayConnection))]
[JsonSerializable(typeof(IReadOnlyList<Tunnel>))]
[JsonSerializable(typeof(Tunnel))]
[JsonSerializable(typeof(GatewayMetrics))]
[JsonSerializable(typeof(ApiErrorBody))]
[JsonSerializable(typeof(GatewayRouter))]
[JsonSerializable(typeof(GatewayAddress))]
[JsonSerializable(typeof(GatewayLabel))]
[JsonSerializable(typeof(ConnectionRoute))]
[JsonSerializable(typeof(NatNodeMetrics))]
[JsonSerializable(typeof(IkeSa))]
[JsonSerializable(typeof(ChildSa))]
[JsonSerializable(typeof(InvalidParameter))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class UpCloudJsonContext : JsonSerializerContext;
