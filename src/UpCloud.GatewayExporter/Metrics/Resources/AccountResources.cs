using System.Text;

namespace UpCloud.GatewayExporter.Metrics.Resources;

/// <summary>One account's resource families and the series its last poll published, which scrapes render from.</summary>
internal sealed class AccountResources
{
    private readonly List<ResourceFamily> _families = [];
    private volatile ResourceSample[][] _published = [];

    /// <summary>Creates the families of the account named <paramref name="account"/> (null: the unnamed account, whose series carry no account label).</summary>
    public AccountResources(string? account) =>
        AccountLabel = account is null ? [] : new LabelText().Encode(["account"], [account], leadingComma: true);

    /// <summary>Encodes the label texts of this account's series.</summary>
    public LabelText Labels { get; } = new();

    /// <summary>The account's label, written after a series' own labels as prometheus-net writes a static label, or empty.</summary>
    public byte[] AccountLabel { get; }

    /// <summary>The families, in exposition order.</summary>
    public IReadOnlyList<ResourceFamily> Families => _families;

    /// <summary>Each family's series as the last sealed poll left them, by family position.</summary>
    public ResourceSample[][] Published => _published;

    /// <summary>Creates a family of this account.</summary>
    public ResourceFamily Add(string name, string help, bool counter, string[] labelNames, int identityLabels)
    {
        var family = new ResourceFamily(name, help, counter, labelNames, identityLabels, Labels);
        _families.Add(family);
        return family;
    }

    /// <summary>Publishes what the poll just mapped wrote, replacing the previous poll's series whole.</summary>
    public void Seal()
    {
        _published = [.. _families.Select(family => family.Seal())];
        Labels.Reset();
    }
}
