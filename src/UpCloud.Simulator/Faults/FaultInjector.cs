namespace UpCloud.Simulator.Faults;

/// <summary>The active fault rules; thread-safe, and the first matching rule that fires decides a request's fate.</summary>
public sealed class FaultInjector
{
    private readonly object _sync = new();
    private readonly List<ActiveFault> _active = [];
    private readonly Random _chance;

    internal FaultInjector(int seed) => _chance = new Random(seed);

    /// <summary>Activates a rule and returns it, for a later <see cref="Remove"/>.</summary>
    public FaultRule Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_sync)
        {
            // A budget of zero hits nothing, so such a rule is never activated.
            if (rule.Times is not <= 0)
            {
                _active.Add(new ActiveFault(rule, rule.Times));
            }
        }

        return rule;
    }

    /// <summary>Deactivates a rule; false if it was not active (any more).</summary>
    public bool Remove(FaultRule rule)
    {
        lock (_sync)
        {
            return _active.RemoveAll(active => active.Rule == rule) > 0;
        }
    }

    /// <summary>Deactivates every rule.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _active.Clear();
        }
    }

    internal FaultRule? Strike(string route, string? gatewayUuid)
    {
        lock (_sync)
        {
            foreach (var active in _active)
            {
                var rule = active.Rule;
                if ((rule.Route is not null && rule.Route != route)
                    || (rule.GatewayUuid is not null && rule.GatewayUuid != gatewayUuid)
                    || (rule.Probability < 1.0 && _chance.NextDouble() >= rule.Probability))
                {
                    continue;
                }

                if (--active.Remaining <= 0)
                {
                    _active.Remove(active);
                }

                return rule;
            }

            return null;
        }
    }
}
