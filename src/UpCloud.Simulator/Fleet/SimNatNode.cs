namespace UpCloud.Simulator.Fleet;

/// <summary>One gateway node as reported in the <c>gateways[]</c> array of the metrics endpoint.</summary>
public sealed class SimNatNode
{
    /// <summary>The node name, e.g. <c>node-a</c>.</summary>
    public required string Name { get; set; }

    /// <summary>NAT connections open right now (a gauge).</summary>
    public long ActiveConnections { get; set; }

    /// <summary>NAT connections accepted since the node started, as of the last advance.</summary>
    public long TotalAccepted { get; set; }

    /// <summary>NAT sessions rejected since the node started, as of the last advance.</summary>
    public long TotalRejected { get; set; }

    /// <summary>How fast <see cref="TotalAccepted"/> grows, per second.</summary>
    public double AcceptedPerSecond { get; set; }

    /// <summary>How fast <see cref="TotalRejected"/> grows, per second.</summary>
    public double RejectedPerSecond { get; set; }

    /// <summary>When the node (re)started; the accrual anchor for its totals.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the node entry was created, served as <c>created_at</c>.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The level a live fleet sways <see cref="ActiveConnections"/> around, so the gauge visibly moves.</summary>
    public double ActiveBaseline { get; set; }

    /// <summary>How far the sway reaches, as a fraction of <see cref="ActiveBaseline"/>.</summary>
    public double SwayAmplitude { get; set; } = 0.25;

    internal double SwayPhase { get; set; }

    internal DateTimeOffset NextRestartAt { get; set; }

    internal void Accrue(DateTimeOffset from, DateTimeOffset to)
    {
        TotalAccepted += Accrual.Between(AcceptedPerSecond, StartedAt, from, to);
        TotalRejected += Accrual.Between(RejectedPerSecond, StartedAt, from, to);
    }

    internal void Sway(DateTimeOffset at)
    {
        const double PeriodSeconds = 300;
        var angle = (2 * Math.PI * at.ToUnixTimeMilliseconds() / 1000 / PeriodSeconds) + SwayPhase;
        ActiveConnections = Math.Max(0, (long)Math.Round(ActiveBaseline * (1 + (SwayAmplitude * Math.Sin(angle)))));
    }
}
