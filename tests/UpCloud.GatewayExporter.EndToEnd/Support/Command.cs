using System.Diagnostics;

namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>Runs a command to completion, optionally feeding it stdin, and collects what it wrote.</summary>
internal static class Command
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string? standardInput = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"could not start {commandLine}");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(standardInput ?? "");
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish within {Limit}:\n{await standardOutput}\n{await standardError}");
        }

        return new CommandResult(commandLine, process.ExitCode, await standardOutput, await standardError);
    }
}
