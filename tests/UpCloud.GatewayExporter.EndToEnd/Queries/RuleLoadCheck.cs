using UpCloud.GatewayExporter.EndToEnd.Api;

namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>Compares the rule groups written in the rule files with those Prometheus reports as loaded.</summary>
internal static class RuleLoadCheck
{
    /// <summary>Every group that is missing, has other rules than its file, or has a rule whose health is not <c>ok</c>.</summary>
    public static List<string> Problems(IReadOnlyList<RuleDefinition> written, IReadOnlyList<RuleGroupStatus> loaded)
    {
        var problems = new List<string>();
        foreach (var group in written.GroupBy(rule => (rule.File, rule.Group)))
        {
            var where = $"{Path.GetFileName(group.Key.File)} group {group.Key.Group}";
            var status = loaded.SingleOrDefault(candidate => candidate.File == group.Key.File && candidate.Name == group.Key.Group);
            if (status is null)
            {
                problems.Add($"{where}: not loaded by Prometheus");
                continue;
            }

            var names = group.Select(rule => rule.Name).ToList();
            if (!names.SequenceEqual(status.Rules.Select(rule => rule.Name)))
            {
                problems.Add($"{where}: Prometheus loaded [{string.Join(", ", status.Rules.Select(rule => rule.Name))}], the file has [{string.Join(", ", names)}]");
            }

            problems.AddRange(status.Rules
                .Where(rule => rule.Health != "ok")
                .Select(rule => $"{where} rule {rule.Name}: health {rule.Health} {rule.LastError}"));
        }

        return problems;
    }
}
