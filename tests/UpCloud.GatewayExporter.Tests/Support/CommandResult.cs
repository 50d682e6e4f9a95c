namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>How an exporter run that ends by itself ended: its exit code and everything it wrote.</summary>
internal sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
