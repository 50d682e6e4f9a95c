using System.Diagnostics;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Samples the exporter's RSS on a fixed period until disposed.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly List<(long At, long Rss)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    public RssSampler(ProcessStats stats, TimeSpan period) => _run = Task.Run(async () =>
    {
        using var timer = new PeriodicTimer(period);
        do
        {
            try
            {
                var rss = stats.Rss();
                lock (_samples)
                {
                    _samples.Add((Stopwatch.GetTimestamp(), rss));
                }
            }
            catch (IOException)
            {
                return;
            }
        }
        while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    });

    public int Count
    {
        get
        {
            lock (_samples)
            {
                return _samples.Count;
            }
        }
    }

    public IReadOnlyList<long> SamplesSince(int index)
    {
        lock (_samples)
        {
            return _samples.Skip(index).Select(s => s.Rss).ToList();
        }
    }

    /// <summary>The samples taken at or after a <see cref="Stopwatch"/> timestamp, in order.</summary>
    public IReadOnlyList<long> SamplesAfter(long timestamp)
    {
        lock (_samples)
        {
            return _samples.Where(s => s.At >= timestamp).Select(s => s.Rss).ToList();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _run.Wait(TimeSpan.FromSeconds(2));
        _stop.Dispose();
    }
}
