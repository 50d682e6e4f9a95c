namespace UpCloud.GatewayExporter.EndToEnd.Stack;

/// <summary>The test classes that share one exporter and one Prometheus.</summary>
[CollectionDefinition(Name)]
public sealed class MonitoringStackCollection : ICollectionFixture<MonitoringStack>
{
    public const string Name = "Exporter and Prometheus";
}
