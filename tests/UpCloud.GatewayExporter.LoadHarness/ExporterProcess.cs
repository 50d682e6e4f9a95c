using System.Diagnostics;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The exporter as a child process on a loopback port; disposing it kills the process.</summary>
internal sealed class ExporterProcess : IDisposable
{
    private const int KeptLogLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _log = new();

    private ExporterProcess(Process process, Uri baseAddress, long startedAt)
    {
        _process = process;
        BaseAddress = baseAddress;
        StartedAt = startedAt;
        Stats = new ProcessStats(process.Id);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>The <see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public ProcessStats Stats { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the exporter wrote, for a failure message.</summary>
    public string RecentLog
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    public static ExporterProcess Start(ExporterCommand command, HarnessOptions options, Uri apiUrl, string token, int port)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Prefix)
        {
            start.ArgumentList.Add(argument);
        }

        // The token goes in the environment: the exporter refuses secrets as arguments, where ps would show them.
        start.Environment["UPCLOUD_TOKEN"] = token;
        start.Environment["UPCLOUD_API_URL"] = apiUrl.AbsoluteUri;
        start.Environment["UPCLOUD_POLL_INTERVAL"] = options.PollIntervalSetting;
        start.Environment["UPCLOUD_MAX_CONCURRENCY"] = options.Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["EXPORTER_LOG_LEVEL"] = "warning";
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.AbsoluteUri.TrimEnd('/'));
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{command.FileName} did not start");
        return new ExporterProcess(process, baseAddress, startedAt);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It has already gone.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > KeptLogLines)
            {
                _log.Dequeue();
            }
        }
    }
}
