using System.Text.Json.Serialization;
using UpCloud.Api.Json;

namespace UpCloud.Api.Models;

/// <summary>IPsec parameters of a tunnel.</summary>
public sealed record TunnelIpsec
{
    /// <summary>The authentication method; its secret is never read.</summary>
    [JsonPropertyName("authentication"), JsonConverter(typeof(LenientConverter<IpsecAuthentication>))] public IpsecAuthentication? Authentication { get; init; }

    /// <summary>IKE rekey interval in seconds.</summary>
    [JsonPropertyName("rekey_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? RekeyTime { get; init; }

    /// <summary>Child SA rekey interval in seconds.</summary>
    [JsonPropertyName("child_rekey_time"), JsonConverter(typeof(LenientConverter<long?>))] public long? ChildRekeyTime { get; init; }

    /// <summary>Dead peer detection delay in seconds.</summary>
    [JsonPropertyName("dpd_delay"), JsonConverter(typeof(LenientConverter<long?>))] public long? DpdDelay { get; init; }

    /// <summary>Dead peer detection timeout in seconds.</summary>
    [JsonPropertyName("dpd_timeout"), JsonConverter(typeof(LenientConverter<long?>))] public long? DpdTimeout { get; init; }

    /// <summary>IKE SA lifetime in seconds.</summary>
    [JsonPropertyName("ike_lifetime"), JsonConverter(typeof(LenientConverter<long?>))] public long? IkeLifetime { get; init; }

    /// <summary>Phase 1 encryption algorithms.</summary>
    [JsonPropertyName("phase1_algorithms"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? Phase1Algorithms { get; init; }

    /// <summary>Phase 2 encryption algorithms.</summary>
    [JsonPropertyName("phase2_algorithms"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? Phase2Algorithms { get; init; }

    /// <summary>Phase 1 integrity algorithms.</summary>
    [JsonPropertyName("phase1_integrity_algorithms"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? Phase1IntegrityAlgorithms { get; init; }

    /// <summary>Phase 2 integrity algorithms.</summary>
    [JsonPropertyName("phase2_integrity_algorithms"), JsonConverter(typeof(LenientListConverter<string>))] public IReadOnlyList<string>? Phase2IntegrityAlgorithms { get; init; }

    /// <summary>Phase 1 Diffie-Hellman groups; the wire carries an array or a scalar.</summary>
    [JsonPropertyName("phase1_dh_group_numbers"), JsonConverter(typeof(LenientListConverter<int>))]
    public IReadOnlyList<int>? Phase1DhGroupNumbers { get; init; }

    /// <summary>Phase 2 Diffie-Hellman groups; the wire carries an array or a scalar.</summary>
    [JsonPropertyName("phase2_dh_group_numbers"), JsonConverter(typeof(LenientListConverter<int>))]
    public IReadOnlyList<int>? Phase2DhGroupNumbers { get; init; }
}
