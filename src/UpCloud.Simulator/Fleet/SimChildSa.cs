namespace UpCloud.Simulator.Fleet;

/// <summary>An IPsec child SA; its counters belong to this SA only and start from zero when it is installed.</summary>
public sealed class SimChildSa
{
    /// <summary>strongSwan's unique id of this SA, served as a string.</summary>
    public required string UniqueId { get; set; }

    /// <summary>The inbound SPI in hex.</summary>
    public required string SpiIn { get; set; }

    /// <summary>The outbound SPI in hex.</summary>
    public required string SpiOut { get; set; }

    /// <summary>The child SA state, an open set such as <c>installed</c>.</summary>
    public string State { get; set; } = "installed";

    /// <summary>Bytes received, as of the last advance.</summary>
    public long BytesIn { get; set; }

    /// <summary>Bytes sent, as of the last advance.</summary>
    public long BytesOut { get; set; }

    /// <summary>Packets received, as of the last advance.</summary>
    public long PacketsIn { get; set; }

    /// <summary>Packets sent, as of the last advance.</summary>
    public long PacketsOut { get; set; }

    /// <summary>When the SA was installed; the accrual anchor for its counters.</summary>
    public DateTimeOffset InstalledAt { get; set; }

    /// <summary>When the live fleet rekeys this SA; also drives the served <c>rekey_time</c>.</summary>
    public DateTimeOffset RekeyAt { get; set; }

    /// <summary>When the SA's hard lifetime ends; drives the served <c>life_time</c>.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>How fast <see cref="BytesIn"/> grows, per second.</summary>
    public double BytesInPerSecond { get; set; }

    /// <summary>How fast <see cref="BytesOut"/> grows, per second.</summary>
    public double BytesOutPerSecond { get; set; }

    /// <summary>How fast <see cref="PacketsIn"/> grows, per second.</summary>
    public double PacketsInPerSecond { get; set; }

    /// <summary>How fast <see cref="PacketsOut"/> grows, per second.</summary>
    public double PacketsOutPerSecond { get; set; }

    internal void Accrue(DateTimeOffset from, DateTimeOffset to)
    {
        BytesIn += Accrual.Between(BytesInPerSecond, InstalledAt, from, to);
        BytesOut += Accrual.Between(BytesOutPerSecond, InstalledAt, from, to);
        PacketsIn += Accrual.Between(PacketsInPerSecond, InstalledAt, from, to);
        PacketsOut += Accrual.Between(PacketsOutPerSecond, InstalledAt, from, to);
    }
}
