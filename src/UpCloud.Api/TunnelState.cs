namespace UpCloud.Api;

/// <summary>
/// The five tunnel states UpCloud documents, and the fold of every other value the API has sent into them. The Go SDK v8
/// declares strongSwan's nine IKE SA states, and the API has sent some of them (<c>uninitialized</c> in 2024), so the
/// open set is read as the documented one: a tunnel being rekeyed carries traffic, so it counts as established.
/// </summary>
public static class TunnelState
{
    /// <summary>Down, and not negotiating.</summary>
    public const string Idle = "idle";

    /// <summary>Negotiating its IKE SA.</summary>
    public const string Connecting = "connecting";

    /// <summary>Up, with an IKE SA.</summary>
    public const string Established = "established";

    /// <summary>Being torn down.</summary>
    public const string Destroying = "destroying";

    /// <summary>What a missing or unrecognised value counts as.</summary>
    public const string Unknown = "unknown";

    /// <summary>The documented states, in the order the exporter writes them.</summary>
    public static IReadOnlyList<string> Documented { get; } = [Idle, Connecting, Established, Destroying, Unknown];

    /// <summary>
    /// Folds a tunnel's or an IKE SA's <c>operational_state</c>, trimmed and in any case, into <see cref="Documented"/>:
    /// <c>uninitialized</c> is idle, <c>created</c> connecting, <c>rekeying</c> and <c>rekeyed</c> established,
    /// <c>deleting</c> destroying, and any other value unknown.
    /// </summary>
    public static string Fold(string? state) => state?.Trim().ToLowerInvariant() switch
    {
        Idle or "uninitialized" => Idle,
        Connecting or "created" => Connecting,
        Established or "rekeying" or "rekeyed" => Established,
        Destroying or "deleting" => Destroying,
        _ => Unknown,
    };
}
