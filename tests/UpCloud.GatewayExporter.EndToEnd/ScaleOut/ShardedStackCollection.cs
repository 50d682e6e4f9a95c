namespace UpCloud.GatewayExporter.EndToEnd.ScaleOut;

/// <summary>The scale-out tests share one sharded stack and run alone: six servers at once on top of the other collections would starve a small machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShardedStackCollection : ICollectionFixture<ShardedStack>
{
    public const string Name = "Sharded exporters, Prometheus agent, VictoriaMetrics";
}
