namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Picks lines of the exporter's text log (<c>timestamp LVL message</c>) by level, so a test counts what an operator would see.</summary>
internal static class LogLines
{
    public const string Error = "ERR";
    public const string Warning = "WRN";
    public const string Information = "INF";

    /// <summary>The messages logged at <paramref name="level"/>, one per event; exception lines that follow a message are not counted.</summary>
    public static IReadOnlyList<string> At(string log, string level) =>
        [.. log.Split('\n').Where(line => line.Split(' ', 3) is [_, var lineLevel, _] && lineLevel == level).Select(line => line.Split(' ', 3)[2])];

    /// <summary>The messages logged at <paramref name="level"/> that contain <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> At(string log, string level, string text) =>
        [.. At(log, level).Where(line => line.Contains(text, StringComparison.Ordinal))];
}
