using UpCloud.Simulator.Faults;

namespace UpCloud.Testing;

/// <summary>
/// The mutating API: a share of every endpoint's answers replaced by bad JSON, wrong types and number edges, bodies
/// far over any cap and just under the old 32 MiB one, deep nesting, huge strings, millions of tiny or repeated
/// entries, redirects, 4xx, 5xx and 429 answers, and transfers cut short or broken off.
/// </summary>
/// <remarks>The end-to-end tests and the load harness both inject it, so both measure the same mix.</remarks>
public static class HostileApi
{
    private const long Huge = 30L * 1024 * 1024;
    private const long OverAnyCap = 64L * 1024 * 1024;
    private const long Mid = 3L * 1024 * 1024;
    private const long Small = 200L * 1024;

    /// <summary>Adds the mix to the simulator's faults; each answer is hostile with a chance of about <paramref name="rate"/>.</summary>
    public static void Inject(FaultInjector faults, double rate)
    {
        (FaultRule Rule, double Share)[] mix =
        [
            (new FaultRule { Kind = FaultKind.MutatedValues }, 0.20),
            (new FaultRule { Kind = FaultKind.MalformedJson }, 0.05),
            (new FaultRule { Kind = FaultKind.UnknownFields }, 0.05),
            (new FaultRule { Kind = FaultKind.OversizedBody, Size = OverAnyCap }, 0.04),
            (new FaultRule { Kind = FaultKind.OversizedBody, Size = OverAnyCap, DeclareLength = true }, 0.04),
            (new FaultRule { Kind = FaultKind.DeepNesting, Size = Huge }, 0.04),
            (new FaultRule { Kind = FaultKind.DeepNesting, Size = Small }, 0.04),
            (new FaultRule { Kind = FaultKind.HugeString, Size = Huge }, 0.04),
            (new FaultRule { Kind = FaultKind.HugeString, Size = Mid }, 0.03),
            (new FaultRule { Kind = FaultKind.TinyItems, Size = Huge }, 0.04),
            (new FaultRule { Kind = FaultKind.TinyItems, Size = Small }, 0.04),
            (new FaultRule { Kind = FaultKind.DuplicateEntries, Size = Huge }, 0.04),
            (new FaultRule { Kind = FaultKind.DuplicateEntries, Size = Mid }, 0.03),
            (new FaultRule { Kind = FaultKind.Redirect, Location = new Uri("http://127.0.0.1:9/stolen") }, 0.04),
            (new FaultRule { Kind = FaultKind.Status, StatusCode = 500 }, 0.04),
            (new FaultRule { Kind = FaultKind.Status, StatusCode = 503 }, 0.02),
            (new FaultRule { Kind = FaultKind.Status, StatusCode = 404 }, 0.02),
            (new FaultRule { Kind = FaultKind.LegacyStatus, StatusCode = 502 }, 0.02),
            (new FaultRule { Kind = FaultKind.OversizedError, StatusCode = 500, Size = Huge }, 0.04),
            (new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(1) }, 0.05),
            (new FaultRule { Kind = FaultKind.ResetConnection }, 0.03),
            (new FaultRule { Kind = FaultKind.TruncatedJson }, 0.03),
            (new FaultRule { Kind = FaultKind.BrokenTransfer }, 0.03),
        ];

        // The first rule that strikes decides, so each rule's chance is its share of what the rules before it left.
        var left = 1.0;
        foreach (var (rule, share) in mix)
        {
            var chance = rate * share / left;
            faults.Add(rule with { Probability = chance });
            left -= rate * share;
        }
    }
}
