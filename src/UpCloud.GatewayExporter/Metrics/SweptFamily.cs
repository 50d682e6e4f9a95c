using Prometheus;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>A labelled metric whose series live only while a poll writes them: <see cref="Sweep"/> removes every series the last poll did not touch.</summary>
/// <typeparam name="TChild">prometheus-net's child type of the collector.</typeparam>
internal sealed class SweptFamily<TChild>(Collector<TChild> collector)
    where TChild : ChildBase
{
    private HashSet<string[]> _previous = new(LabelValuesComparer.Instance);
    private HashSet<string[]> _current = new(LabelValuesComparer.Instance);

    /// <summary>The metric's name.</summary>
    public string Name => collector.Name;

    /// <summary>Returns the series for these label values and marks it as written by this poll.</summary>
    public TChild Series(params string[] labelValues)
    {
        _current.Add(labelValues);
        return collector.WithLabels(labelValues);
    }

    /// <summary>Removes the series the previous poll wrote and this one did not, then starts the next poll.</summary>
    public void Sweep()
    {
        foreach (var labelValues in _previous)
        {
            if (!_current.Contains(labelValues))
            {
                collector.RemoveLabelled(labelValues);
            }
        }

        (_previous, _current) = (_current, _previous);
        _current.Clear();
    }
}
