namespace UpCloud.Simulator.Faults;

/// <summary>An added fault rule with its own countdown, so the immutable rule can be added again with a fresh budget.</summary>
internal sealed class ActiveFault(FaultRule rule, int? remaining)
{
    public FaultRule Rule { get; } = rule;

    public int? Remaining { get; set; } = remaining;
}
