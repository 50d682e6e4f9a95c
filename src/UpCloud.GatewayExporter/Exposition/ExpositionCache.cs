namespace UpCloud.GatewayExporter.Exposition;

/// <summary>The exposition every scrape is served, swapped whole when a poll publishes a new one, so no scrape sees half a poll.</summary>
internal sealed class ExpositionCache
{
    private volatile PublishedExposition? _current;

    /// <summary>The last exposition published, or null before the start-up one.</summary>
    public PublishedExposition? Current => _current;

    /// <summary>Whether a poll has published, successful or not.</summary>
    public bool HasPolled => _current?.Polled == true;

    /// <summary>Replaces the exposition scrapes are served.</summary>
    public void Publish(PublishedExposition exposition) => _current = exposition;
}
