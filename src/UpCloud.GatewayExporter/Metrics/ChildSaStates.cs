using UpCloud.Api.Models;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>The child SA states strongSwan documents, counted per tunnel for <c>upcloud_gateway_ipsec_child_sa_states</c>.</summary>
internal static class ChildSaStates
{
    /// <summary>The state every tunnel reports, at 0 when it has no child SA in it.</summary>
    public const string Installed = "installed";

    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "created", "routed", "installing", Installed, "updating", "rekeying", "rekeyed", "retrying", "deleting", "deleted", "destroying", "unavailable", "unknown",
    };

    /// <summary>
    /// The number of child SAs in each state: installed always, every other state only while a child SA is in it, so a
    /// tunnel costs one series in the usual case instead of thirteen; an unrecognised state counts as unknown.
    /// </summary>
    public static IEnumerable<(string State, int Count)> Count(IEnumerable<ChildSa> childSas)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [Installed] = 0 };
        foreach (var child in childSas)
        {
            var state = child.State?.Trim().ToLowerInvariant() is { } s && Known.Contains(s) ? s : "unknown";
            counts[state] = counts.GetValueOrDefault(state) + 1;
        }

        return counts.Select(pair => (pair.Key, pair.Value));
    }
}
