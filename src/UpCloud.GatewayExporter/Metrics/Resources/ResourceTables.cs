namespace UpCloud.GatewayExporter.Metrics.Resources;

/// <summary>The resource series of every account whose families were created on one <see cref="ExporterRegistry"/>, in creation order.</summary>
internal sealed class ResourceTables
{
    private readonly List<AccountResources> _accounts = [];

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
