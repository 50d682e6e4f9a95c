using System.Text.Json;
using System.Text.Json.Serialization;
using UpCloud.Api.Models;

namespace UpCloud.Api.Json;

/// <summary>Source-generated JSON metadata for every API model, so the client needs no reflection.</summary>
[JsonSourceGenerationOptions(
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
