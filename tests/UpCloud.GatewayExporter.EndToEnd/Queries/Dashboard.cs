using System.Text.Json.Nodes;
using UpCloud.GatewayExporter.EndToEnd.Support;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>A Grafana dashboard's queries with its variables substituted: every panel target, every query variable and every Prometheus annotation.</summary>
internal sealed record Dashboard(
    string Name,
    IReadOnlyList<QueryCheck> PanelQueries,
    IReadOnlyList<QueryCheck> VariableQueries,
    IReadOnlyList<QueryCheck> AnnotationQueries,
    IReadOnlyList<string> Problems)
{
    public static IReadOnlyList<Dashboard> LoadAll() => [.. RepositoryPaths.Dashboards.Select(Load)];

    public static Dashboard Load(string path)
    {
        var name = Path.GetFileName(path);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var variables = root["templating"]?["list"]?.AsArray().OfType<JsonNode>().ToList() ?? [];
        var multiValue = variables
            .Where(variable => Flag(variable, "multi") || Flag(variable, "includeAll"))
            .Select(variable => (string)variable["name"]!)
            .ToHashSet();
        var substitution = new GrafanaVariables(multiValue);
        var problems = new List<string>();

        var variableQueries = new List<QueryCheck>();
        foreach (var variable in variables.Where(variable => (string?)variable["type"] == "query"))
        {
            var where = $"{name} variable ${variable["name"]}";
            var query = variable["query"] is JsonObject editor ? (string?)editor["query"] : (string?)variable["query"];
            if (VariableQuery.Parse(query ?? "") is not { } parsed)
            {
                problems.Add($"{where}: query form not checked: {query}");
                continue;
            }

            variableQueries.Add(new QueryCheck(where, substitution.Substitute(parsed.Expression, where, problems), parsed.Label));
        }

        var panelQueries = new List<QueryCheck>();
        foreach (var panel in Panels(root["panels"]).Where(panel => (string?)panel["type"] != "row"))
        {
            foreach (var target in panel["targets"]?.AsArray().OfType<JsonNode>() ?? [])
            {
                var where = $"{name} panel '{panel["title"]}' {target["refId"]}";
                if ((string?)target["expr"] is not { Length: > 0 } expr)
                {
                    problems.Add($"{where}: target without a PromQL expr");
                    continue;
                }

                panelQueries.Add(new QueryCheck(where, substitution.Substitute(expr, where, problems)));
            }
        }

        var annotationQueries = new List<QueryCheck>();
        foreach (var annotation in root["annotations"]?["list"]?.AsArray().OfType<JsonNode>() ?? [])
        {
            if ((string?)annotation["target"]?["expr"] is { Length: > 0 } expr)
            {
                var where = $"{name} annotation '{annotation["name"]}'";
                annotationQueries.Add(new QueryCheck(where, substitution.Substitute(expr, where, problems)));
            }
        }

        return new Dashboard(name, panelQueries, variableQueries, annotationQueries, problems);
    }

    /// <summary>Every panel, including those inside collapsed rows.</summary>
    private static IEnumerable<JsonNode> Panels(JsonNode? panels)
    {
        foreach (var panel in panels?.AsArray().OfType<JsonNode>() ?? [])
        {
            yield return panel;
            foreach (var nested in Panels(panel["panels"]))
            {
                yield return nested;
            }
        }
    }

    private static bool Flag(JsonNode variable, string name) => variable[name] is JsonValue value && value.TryGetValue<bool>(out var set) && set;
}
