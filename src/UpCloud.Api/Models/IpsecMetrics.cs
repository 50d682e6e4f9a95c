using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>The IPsec part of a gateway's metrics.</summary>
public sealed record IpsecMetrics
{
    /// <summary>The IKE SAs; null when the gateway has none or no VPN.</summary>
    [JsonPropertyName("ike_sas"), JsonConverter(typeof(SingleOrArrayConverter<IkeSa>))] public IReadOnlyList<IkeSa>? IkeSas { get; init; }
}
