using UpCloud.Simulator.Faults;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The soak's fault mix: about one API request in ten fails, in every way the exporter must survive.</summary>
internal static class SoakFaults
{
    /// <summary>Adds the mix to the simulator; the first rule that strikes decides, so the shares add up to roughly <paramref name="rate"/>.</summary>
    public static void Inject(FaultInjector faults, double rate)
    {
        faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 500, Probability = rate * 0.30 });
        faults.Add(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(1), Probability = rate * 0.25 });
        faults.Add(new FaultRule { Kind = FaultKind.MalformedJson, Probability = rate * 0.15 });
        faults.Add(new FaultRule { Kind = FaultKind.TruncatedJson, Probability = rate * 0.15 });
        faults.Add(new FaultRule { Kind = FaultKind.ResetConnection, Probability = rate * 0.10 });
        faults.Add(new FaultRule { Kind = FaultKind.Latency, Delay = TimeSpan.FromSeconds(2), Probability = rate * 0.05 });
    }
}
