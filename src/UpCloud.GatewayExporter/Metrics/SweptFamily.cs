using Prometheus;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>A labelled metric whose series live only while a poll writes them: <see cref="Sweep"/> removes every series the last poll did not touch.</summary>
/// <typeparam name="TChild">prometheus-net's child type of the collector.</typeparam>
internal sealed class SweptFamily<TChild>(Collector<TChild> collector)
    where TChild : ChildBase
{
    // Series are tracked by their child object, which prometheus-net keeps unique per label set, so a poll allocates
    // no key per series and the sets keep their capacity from poll to poll.
    private HashSet<TChild> _previous = new(ReferenceEqualityComparer.Instance);
    private HashSet<TChild> _current = new(ReferenceEqualityComparer.Instance);

    /// <summary>The metric's name.</summary>
    public string Name => collector.Name;

    /// <summary>Returns the series for these label values and marks it as written by this poll.</summary>
    public TChild Series(params ReadOnlySpan<string> labelValues)
    {
        // The span overload finds an existing series without keeping the caller's values; only a new series copies them.
        var child = collector.WithLabels(labelValues);
        _current.Add(child);
        return child;
    }

    /// <summary>Removes the series the previous poll wrote and this one did not, then starts the next poll.</summary>
    public void Sweep()
    {
        foreach (var child in _previous)
        {
            if (!_current.Contains(child))
            {
                child.Remove();
            }
        }

        (_previous, _current) = (_current, _previous);
        _current.Clear();
    }
}
