using UpCloud.Api.Models;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;
using UpCloud.GatewayExporter.Metrics.Totals;
using UpCloud.GatewayExporter.Polling;

namespace UpCloud.GatewayExporter.Metrics;

/// <summary>
/// Turns one account's poll snapshots into sealed tables of its series: sets what the poll read, keeps counters
/// monotonic through the account's running totals, and leaves out what is gone. It also counts the poll and the API
/// calls in the account's own exporter metrics.
/// </summary>
internal sealed class SnapshotMapper
{
    private readonly SeriesTableWriter _table;
    private readonly GatewayWarnings _warnings;
    private readonly TopologyMapper _topology;
    private readonly NodeMapper _nodes;
    private readonly IpsecMapper _ipsec;
    private readonly AuditMapper _audit;
    private readonly TotalsByKey<string, GatewayTotals> _totals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the mapper of <paramref name="account"/> (null: the unnamed account), counting in <paramref name="exporter"/>.</summary>
    public SnapshotMapper(string? account, ExporterFamilies exporter, ILogger<SnapshotMapper> logger)
    {
        var families = ResourceFamilies.Catalogue;
        (Account, Exporter, _table, _warnings) = (account, exporter, new SeriesTableWriter(account), new GatewayWarnings(logger));
        _topology = new TopologyMapper(families, _table);
        _nodes = new NodeMapper(families, _table);
        _ipsec = new IpsecMapper(families, _table);
        _audit = new AuditMapper(families.Audit, _table);
    }

    /// <summary>The account whose snapshots this maps.</summary>
    public string? Account { get; }

    /// <summary>The account's own exporter metrics.</summary>
    public ExporterFamilies Exporter { get; }

    /// <summary>Maps one snapshot; not thread-safe, the caller serialises polls. A poll that could not read the list maps to an empty table.</summary>
    public SeriesTable Map(PollSnapshot snapshot)
    {
        Exporter.Polls.Inc();
        Exporter.LastPollDuration.Set(snapshot.Duration.TotalSeconds);
        ApiAttemptMapper.Apply(Exporter, snapshot.ApiCalls);
        if (snapshot.Audit is { } audit)
        {
            Exporter.AuditLogUp.Set(audit.Readable ? 1 : 0);
        }

        if (!snapshot.ListSucceeded)
        {
            Exporter.Up.Set(0);
            Exporter.PollFailures.Inc();
            return _table.Seal();
        }

        Exporter.Up.Set(1);
        Exporter.LastPollSuccess.Set((snapshot.StartedAt + snapshot.Duration).ToUnixTimeMilliseconds() / 1000.0);
        Exporter.RejectedGateways.Set(snapshot.Rejected.Count);

        // A rejected entry is still there, only unreadable for now: its totals stay so its counters resume where they were.
        foreach (var rejected in snapshot.Rejected)
        {
            _totals.Take(rejected.Uuid ?? string.Empty);
        }

        foreach (var observation in snapshot.Gateways)
        {
            MapGateway(observation, snapshot);
        }

        _totals.Commit(snapshot.StartedAt);
        return _table.Seal();
    }

    private void MapGateway(GatewayObservation observation, PollSnapshot snapshot)
    {
        var labels = new GatewayLabels(observation.Uuid, observation.Gateway.Name, _warnings);
        var tunnels = GatewayTunnel.Of(observation, labels);
        var plan = PlanOf(observation, snapshot, labels);
        _topology.Map(observation, labels, tunnels, plan);
        if (snapshot.Audit?.Gateways.GetValueOrDefault(observation.Uuid) is { } audit)
        {
            _audit.Map(labels, audit);
        }

        var totals = _totals.Take(observation.Uuid);
        if (observation.Metrics is not { } metrics)
        {
            return;
        }

        _nodes.Map(labels, metrics, plan, totals, observation.ObservedAt);
        if (observation.ConnectionsError is null)
        {
            _ipsec.Map(observation, labels, tunnels, metrics, totals);
        }
    }

    /// <summary>The gateway's plan; one the plans list does not know is noted, unless no plans could be read at all.</summary>
    private static GatewayPlan? PlanOf(GatewayObservation observation, PollSnapshot snapshot, GatewayLabels labels)
    {
        if (observation.Gateway.Plan is not { Length: > 0 } name || snapshot.Plans.Count == 0)
        {
            return null;
        }

        if (snapshot.Plans.TryGetValue(name, out var plan))
        {
            return plan;
        }

        labels.UnknownPlan(name);
        return null;
    }
}
