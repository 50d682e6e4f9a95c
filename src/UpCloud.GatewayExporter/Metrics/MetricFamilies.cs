using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Resources;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>Every metric of one account, with its name, help and labels in the files of Families/, created on the registry it is given.</summary>
internal sealed class MetricFamilies
{
    private readonly AccountResources _resources;

    /// <summary>
    /// Creates the families of one account on <paramref name="registry"/>; each test builds its own registry. Every
    /// account's series carry its name as the <c>account</c> label, except the unnamed account's (null), which carry none.
    /// </summary>
    public MetricFamilies(ExporterRegistry registry, string version, TimeSpan pollInterval, string? account = null)
    {
        // Resource series are not prometheus-net children but a table each poll rebuilds (see AccountResources): tens
        // of thousands of children, their label objects and cached label bytes cost several hundred bytes per series.
        _resources = new AccountResources(account);
        registry.Resources.Add(_resources);
        var builder = new FamilyBuilder(_resources);
        Gateway = new GatewayFamilies(builder);
        Nat = new NatFamilies(builder);
        Capacity = new CapacityFamilies(builder);
        Tunnel = new TunnelFamilies(builder);
        Ipsec = new IpsecFamilies(builder);
        _resources.Seal();

        // prometheus-net keeps each account's collectors apart under one family per name, so every account counts its
        // own polls and calls while a scrape shows each name once.
        var shared = Prometheus.Metrics.WithCustomRegistry(registry.Collectors);
        var factory = account is null ? shared : shared.WithLabels(new Dictionary<string, string> { ["account"] = account });
        Exporter = new ExporterFamilies(factory, shared, version, pollInterval);
    }

    /// <summary>Each gateway's own series.</summary>
    public GatewayFamilies Gateway { get; }

    /// <summary>Each gateway node's NAT series.</summary>
    public NatFamilies Nat { get; }

    /// <summary>What each gateway's plan allows.</summary>
    public CapacityFamilies Capacity { get; }

    /// <summary>Each configured tunnel's series.</summary>
    public TunnelFamilies Tunnel { get; }

    /// <summary>Each tunnel's IPsec SA series.</summary>
    public IpsecFamilies Ipsec { get; }

    /// <summary>The exporter's own metrics.</summary>
    public ExporterFamilies Exporter { get; }

    /// <summary>Publishes the resource series the poll just mapped wrote, replacing the previous poll's: what it did not write is gone.</summary>
    public void SealResources() => _resources.Seal();
}
