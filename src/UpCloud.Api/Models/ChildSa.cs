using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>A child SA; its counters restart from zero on every rekey, which brings a new <see cref="UniqueId"/>.</summary>
public sealed record ChildSa
{
    /// <summary>The SA's name: <c>&lt;connection name&gt;/&lt;tunnel name&gt;</c>.</summary>
    [JsonPropertyName("name"), JsonConverter(typeof(LenientConverter<string>))] public string? Name { get; init; }

    /// <summary>The tunnel's numeric id on the gateway.</summary>
    [JsonPropertyName("tunnel_id"), JsonConverter(typeof(LenientConverter<long?>))] public long? TunnelId { get; init; }

    /// <summary>strongSwan's unique id of the SA.</summary>
    [JsonPropertyName("unique_id"), JsonConverter(typeof(StringOrNumberConverter))] public string? UniqueId { get; init; }

    /// <summary>The SA state, such as <c>installed</c>; an open set.</summary>
    [JsonPropertyName("state"), JsonConverter(typeof(LenientConverter<string>))] public string? State { get; init; }

    /// <summary>Inbound SPI.</summary>
    [JsonPropertyName("spi_in"), JsonConverter(typeof(LenientConverter<string>))] public string? SpiIn { get; init; }

    /// <summary>Outbound SPI.</summary>
    [JsonPropertyName("spi_out"), JsonConverter(typeof(LenientConverter<string>))] public string? SpiOut { get; init; }

    /// <summary>Bytes received by this SA.</summary>
    [JsonPropertyName("bytes_in")] public long? BytesIn { get; init; }

    /// <summary>Bytes sent by this SA.</summary>
    [JsonPropertyName("bytes_out")] public long? BytesOut { get; init; }

    /// <summary>Packets received by this SA.</summary>
    [JsonPropertyName("packets_in")] public long? PacketsIn { get; init; }

    /// <summary>Packets sent by this SA.</summary>
    [JsonPropertyName("packets_out")] public long? PacketsOut { get; init; }

    /// <summary>Seconds until the next rekey.</summary>
    [JsonPropertyName("rekey_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? RekeyTime { get; init; }

    /// <summary>Seconds until the SA expires.</summary>
    [JsonPropertyName("life_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? LifeTime { get; init; }

    /// <summary>Seconds since the SA was installed.</summary>
    [JsonPropertyName("install_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? InstallTime { get; init; }

    /// <summary>Local traffic selectors under the spec's singular name.</summary>
    [JsonPropertyName("local_traffic_selector"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? LocalTrafficSelector { get; init; }

    /// <summary>Local traffic selectors under older SDKs' plural name.</summary>
    [JsonPropertyName("local_traffic_selectors"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? LocalTrafficSelectorsPlural { get; init; }

    /// <summary>Remote traffic selectors under the spec's singular name.</summary>
    [JsonPropertyName("remote_traffic_selector"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? RemoteTrafficSelector { get; init; }

    /// <summary>Remote traffic selectors under older SDKs' plural name.</summary>
    [JsonPropertyName("remote_traffic_selectors"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? RemoteTrafficSelectorsPlural { get; init; }

    /// <summary>Local traffic selectors, whichever spelling carried them.</summary>
    [JsonIgnore] public IReadOnlyList<string> LocalTrafficSelectors => LocalTrafficSelector ?? LocalTrafficSelectorsPlural ?? [];

    /// <summary>Remote traffic selectors, whichever spelling carried them.</summary>
    [JsonIgnore] public IReadOnlyList<string> RemoteTrafficSelectors => RemoteTrafficSelector ?? RemoteTrafficSelectorsPlural ?? [];

    /// <summary>When the entry was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the entry was last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
