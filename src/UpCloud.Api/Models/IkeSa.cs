using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>An IKE security association, mirroring strongSwan's <c>list-sas</c>.</summary>
public sealed record IkeSa
{
    /// <summary>The SA's name: <c>&lt;connection name&gt;/&lt;tunnel name&gt;</c>.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The tunnel's numeric id on the gateway.</summary>
    [JsonPropertyName("tunnel_id"), JsonConverter(typeof(LenientConverter<long?>))] public long? TunnelId { get; init; }

    /// <summary>strongSwan's unique id of the SA.</summary>
    [JsonPropertyName("unique_id"), JsonConverter(typeof(StringOrNumberConverter))] public string? UniqueId { get; init; }

    /// <summary>The IKE version.</summary>
    [JsonPropertyName("version"), JsonConverter(typeof(LenientConverter<int?>))] public int? Version { get; init; }

    /// <summary>The SA state as UpCloud reports it; an open set.</summary>
    [JsonPropertyName("operational_state")] public string? OperationalState { get; init; }

    /// <summary>strongSwan's own state of the SA; an open set.</summary>
    [JsonPropertyName("internal_state")] public string? InternalState { get; init; }

    /// <summary>Whether this side initiated; the wire spells the field <c>initator</c>.</summary>
    [JsonPropertyName("initator"), JsonConverter(typeof(LenientConverter<bool?>))] public bool? Initiator { get; init; }

    /// <summary>Seconds since the SA was established.</summary>
    [JsonPropertyName("established")] public long? Established { get; init; }

    /// <summary>Seconds until the next rekey.</summary>
    [JsonPropertyName("rekey_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? RekeyTime { get; init; }

    /// <summary>Seconds until the next reauthentication; 0 is none.</summary>
    [JsonPropertyName("reauth_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? ReauthTime { get; init; }

    /// <summary>The local host address.</summary>
    [JsonPropertyName("local_host"), JsonConverter(typeof(LenientConverter<string>))] public string? LocalHost { get; init; }

    /// <summary>The local identity.</summary>
    [JsonPropertyName("local_id"), JsonConverter(typeof(LenientConverter<string>))] public string? LocalId { get; init; }

    /// <summary>The remote host address.</summary>
    [JsonPropertyName("remote_host"), JsonConverter(typeof(LenientConverter<string>))] public string? RemoteHost { get; init; }

    /// <summary>The remote identity.</summary>
    [JsonPropertyName("remote_id"), JsonConverter(typeof(LenientConverter<string>))] public string? RemoteId { get; init; }

    /// <summary>The child SAs that carry traffic.</summary>
    [JsonPropertyName("child_sas"), JsonConverter(typeof(SingleOrArrayConverter<ChildSa>))] public IReadOnlyList<ChildSa>? ChildSas { get; init; }

    /// <summary>UpCloud's view of the tunnel's health.</summary>
    [JsonPropertyName("heuristic_state")] public HeuristicState? HeuristicState { get; init; }

    /// <summary>When the entry was created.</summary>
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the entry was last updated.</summary>
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; init; }
}
