using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>
/// A Prometheus Pushgateway as a child process on a loopback port, without persistence, holding what is pushed to it;
/// disposing it kills the process.
/// </summary>
internal sealed class PushgatewayProcess : IDisposable
{
    private static readonly MediaTypeHeaderValue TextFormat = MediaTypeHeaderValue.Parse("text/plain; version=0.0.4; charset=utf-8");

    private readonly Process _process;
    private readonly HttpClient _http;

    private PushgatewayProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Stats = new ProcessStats(process.Id);
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => LastError = e.Data ?? LastError;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public ProcessStats Stats { get; }

    public int Pid => _process.Id;

    /// <summary>The last line the Pushgateway logged, for a failure message.</summary>
    public string? LastError { get; private set; }

    /// <summary>Starts the Pushgateway and waits until it answers <c>/-/ready</c>.</summary>
    public static async Task<PushgatewayProcess> StartAsync(string path, int port, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add($"--web.listen-address=127.0.0.1:{port}");
        start.ArgumentList.Add("--log.level=warn");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start");
        var pushgateway = new PushgatewayProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        for (var tries = 0; tries < 300; tries++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the Pushgateway exited at start: {pushgateway.LastError}");
            }

            try
            {
                using var ready = await pushgateway._http.GetAsync("-/ready", cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return pushgateway;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        pushgateway.Dispose();
        throw new TimeoutException("the Pushgateway did not answer /-/ready within 30 s");
    }

    /// <summary>Replaces everything held for <paramref name="job"/> with an exposition in the text format, as PUT does.</summary>
    public async Task<TimeSpan> PutAsync(string job, byte[] exposition, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(exposition);
        content.Headers.ContentType = TextFormat;
        using var response = await _http.PutAsync($"metrics/job/{job}", content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the Pushgateway refused the push: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return Stopwatch.GetElapsedTime(started);
    }

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It has already gone.
        }

        _process.Dispose();
    }
}
