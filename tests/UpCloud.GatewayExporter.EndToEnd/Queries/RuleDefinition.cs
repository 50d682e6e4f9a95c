namespace UpCloud.GatewayExporter.EndToEnd.Queries;

/// <summary>An alerting or recording rule as written in one of the project's rule files.</summary>
internal sealed record RuleDefinition(string File, string Group, string Name, string Expression, bool IsAlert)
{
    public QueryCheck Check => new($"{System.IO.Path.GetFileName(File)} {Name}", Expression);
}
