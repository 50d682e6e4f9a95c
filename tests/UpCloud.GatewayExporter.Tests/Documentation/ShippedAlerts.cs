using YamlDotNet.RepresentationModel;

namespace UpCloud.GatewayExporter.Tests.Documentation;

/// <summary>The alerting rules of deploy/prometheus/rules/*.yml, each with its runbook_url annotation.</summary>
internal static class ShippedAlerts
{
    /// <summary>Every alert of the shipped rule files, by name, with its runbook_url (null when it has none).</summary>
    public static IReadOnlyDictionary<string, string?> RunbookUrls()
    {
        var alerts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(RepositoryFile.PathOf("deploy/prometheus/rules"), "*.yml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(path))
            {
                yaml.Load(reader);
            }

            var groups = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["groups"];
            foreach (var rule in groups.Cast<YamlMappingNode>().SelectMany(group => ((YamlSequenceNode)group["rules"]).Cast<YamlMappingNode>()))
            {
                if (Scalar(rule, "alert") is { } alert)
                {
                    alerts.Add(alert, rule.Children.TryGetValue(new YamlScalarNode("annotations"), out var annotations) ? Scalar((YamlMappingNode)annotations, "runbook_url") : null);
                }
            }
        }

        return alerts;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
