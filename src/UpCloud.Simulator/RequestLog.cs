using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace UpCloud.Simulator;

/// <summary>Counts the requests the simulator received, in total and per route template; thread-safe.</summary>
public sealed class RequestLog
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _byRoute = new(StringComparer.Ordinal);
    private long _total;

    /// <summary>All requests received since start or the last <see cref="Reset"/>, rejected ones included.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>The requests received for one route template (see <see cref="Endpoints.RouteTemplates"/>).</summary>
    public long Count(string routeTemplate)
        => _byRoute.TryGetValue(routeTemplate, out var count) ? Interlocked.Read(ref count.Value) : 0;

    /// <summary>Sets every count back to zero.</summary>
    public void Reset()
    {
        foreach (var count in _byRoute.Values)
        {
            Interlocked.Exchange(ref count.Value, 0);
        }

        Interlocked.Exchange(ref _total, 0);
    }

    internal void Record(string routeTemplate)
    {
        Interlocked.Increment(ref _total);
        Interlocked.Increment(ref _byRoute.GetOrAdd(routeTemplate, _ => new StrongBox<long>()).Value);
    }
}
