using System.Runtime.CompilerServices;
using Prometheus;

namespace UpCloud.GatewayExporter.Metrics.Resources;

/// <summary>
/// The resource series of every account whose families were created on a registry, in creation order. prometheus-net
/// offers no public way to add a collector that writes its own samples, so they are kept beside the registry and
/// rendered ahead of it, where prometheus-net would have put the families registered first.
/// </summary>
internal sealed class ResourceTables
{
    private static readonly ConditionalWeakTable<CollectorRegistry, ResourceTables> ByRegistry = [];

    private readonly List<AccountResources> _accounts = [];

    /// <summary>The accounts of a registry, created empty on first use.</summary>
    public static ResourceTables Of(CollectorRegistry registry) => ByRegistry.GetValue(registry, _ => new ResourceTables());

    /// <summary>A copy of the accounts, in the order they were added.</summary>
    public IReadOnlyList<AccountResources> Accounts
    {
        get
        {
            lock (_accounts)
            {
                return [.. _accounts];
            }
        }
    }

    /// <summary>Adds an account's families.</summary>
    public void Add(AccountResources account)
    {
        lock (_accounts)
        {
            _accounts.Add(account);
        }
    }
}
