using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>
/// One entry of the audit log, reduced to what the exporter exports. The entry also names who acted, from where and
/// how (<c>account_username</c>, <c>ip_address</c>, <c>auth_type</c>, <c>upcloud_correlation_id</c>) and the resource
/// before and after (<c>current_state</c>, <c>previous_state</c>, which may hold anything, secrets included): those are
/// deliberately not modelled, so the reader skips them and they can reach no metric, log line or exception text.
/// Every field is read leniently: a value of the wrong type reads as missing and costs only this entry's use.
/// </summary>
public sealed record AuditLogEvent
{
    /// <summary>The event's unique id, a ULID.</summary>
    [JsonPropertyName("cloud_event_id"), JsonConverter(typeof(LenientConverter<string>))] public string? CloudEventId { get; init; }

    /// <summary>When the event happened.</summary>
    [JsonPropertyName("time")] public DateTimeOffset? Time { get; init; }

    /// <summary>What happened, such as <c>update</c> or <c>maintenance-start</c>; an open set.</summary>
    [JsonPropertyName("action"), JsonConverter(typeof(LenientConverter<string>))] public string? Action { get; init; }

    /// <summary>The kind of resource, such as <c>network-gateway</c>; an open set.</summary>
    [JsonPropertyName("resource_type"), JsonConverter(typeof(LenientConverter<string>))] public string? ResourceType { get; init; }

    /// <summary>The resource's id, for a gateway its UUID; the API may hide it for sensitive resources.</summary>
    [JsonPropertyName("resource_id"), JsonConverter(typeof(LenientConverter<string>))] public string? ResourceId { get; init; }

    /// <summary>Where the action came from: <c>api</c>, <c>gui</c> or <c>upcloud_internal</c> (UpCloud's own operations); an open set.</summary>
    [JsonPropertyName("origin"), JsonConverter(typeof(LenientConverter<string>))] public string? Origin { get; init; }
}
