namespace UpCloud.GatewayExporter.Metrics.Families;

/// <summary>
/// Every resource family, described once for the whole process: a description never changes, so every account's
/// mapper and the renderer share this one catalogue, and nothing depends on which of them is created first.
/// </summary>
internal sealed class ResourceFamilies
{
    private ResourceFamilies()
    {
        var builder = new FamilyBuilder();
        Gateway = new GatewayFamilies(builder);
        Audit = new AuditFamilies(builder);
        Nat = new NatFamilies(builder);
        Capacity = new CapacityFamilies(builder);
        Tunnel = new TunnelFamilies(builder);
        Ipsec = new IpsecFamilies(builder);
        InOrder = builder.Families;
    }

    public static ResourceFamilies Catalogue { get; } = new();

    /// <summary>Each gateway's own series.</summary>
    public GatewayFamilies Gateway { get; }

    /// <summary>What the audit log says of each gateway.</summary>
    public AuditFamilies Audit { get; }

    /// <summary>Each gateway node's NAT series.</summary>
    public NatFamilies Nat { get; }

    /// <summary>What each gateway's plan allows.</summary>
    public CapacityFamilies Capacity { get; }

    /// <summary>Each configured tunnel's series.</summary>
    public TunnelFamilies Tunnel { get; }

    /// <summary>Each tunnel's IPsec SA series.</summary>
    public IpsecFamilies Ipsec { get; }

    /// <summary>Every family, in exposition order.</summary>
    public IReadOnlyList<ResourceFamily> InOrder { get; }
}
