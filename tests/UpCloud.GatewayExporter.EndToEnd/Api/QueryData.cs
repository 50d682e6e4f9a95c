using System.Text.Json;

namespace UpCloud.GatewayExporter.EndToEnd.Api;

/// <summary>The data of <c>/api/v1/query</c>: a vector, matrix, scalar or string.</summary>
internal sealed record QueryData(string ResultType, JsonElement Result);
