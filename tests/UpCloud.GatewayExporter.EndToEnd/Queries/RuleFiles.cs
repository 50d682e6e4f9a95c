using UpCloud.GatewayExporter.EndToEnd.Support;
using YamlDotNet.RepresentationModel;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>Reads deploy/prometheus/rules/*.yml.</summary>
internal static class RuleFiles
{
    public static IReadOnlyList<RuleDefinition> LoadAll() => [.. RepositoryPaths.RuleFiles.SelectMany(Load)];

    private static IEnumerable<RuleDefinition> Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        foreach (var group in ((YamlSequenceNode)root["groups"]).Cast<YamlMappingNode>())
        {
            foreach (var rule in ((YamlSequenceNode)group["rules"]).Cast<YamlMappingNode>())
            {
                var alert = Scalar(rule, "alert");
                yield return new RuleDefinition(path, Scalar(group, "name")!, alert ?? Scalar(rule, "record")!, Scalar(rule, "expr")!, alert is not null);
            }
        }
    }

    private static string? Scalar(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
