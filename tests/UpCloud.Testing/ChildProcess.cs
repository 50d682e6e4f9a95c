using System.Diagnostics;
using System.Text;

namespace UpCloud.Testing;

/// <summary>A long-running child process whose output is kept for failure messages; disposing kills it and its children.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptOutput = 20_000;
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly StringBuilder output = new();

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>The process id.</summary>
    public int Pid => process.Id;

    /// <summary>Whether the process has ended; once it has, <see cref="Output"/> holds everything it wrote.</summary>
    public bool HasExited
    {
        get
        {
            if (!process.HasExited)
            {
                return false;
            }

            process.WaitForExit();
            return true;
        }
    }

    /// <summary>The exit code once it has ended; on Linux, 128 plus the signal for a process a signal ended.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static ChildProcess Start(ProcessStartInfo startInfo)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        var child = new ChildProcess(new Process { StartInfo = startInfo });
        child.process.OutputDataReceived += (_, line) => child.Keep(line.Data);
        child.process.ErrorDataReceived += (_, line) => child.Keep(line.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }

        using var timeout = new CancellationTokenSource(ExitWait);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time: nothing more can be done.
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            if (output.Length > KeptOutput)
            {
                output.Remove(0, output.Length - KeptOutput);
            }
        }
    }
}
