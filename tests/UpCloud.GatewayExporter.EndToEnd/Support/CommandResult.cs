namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>How a command that ran to completion ended.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString()
        => $"{CommandLine} exited with {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
