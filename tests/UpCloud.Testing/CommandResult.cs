namespace UpCloud.Testing;

/// <summary>How a command that ran to completion ended: its exit code and everything it wrote.</summary>
/// <param name="CommandLine">What ran, for failure messages.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Stdout">What it wrote to standard output.</param>
/// <param name="Stderr">What it wrote to standard error.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of standard error.</summary>
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override string ToString() => $"{CommandLine} exited with {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
