namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>Bounded waits for something another thread makes true: polls a condition until it holds or a deadline passes, then fails saying what never happened.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns the first value <paramref name="read"/> gives that satisfies <paramref name="done"/>.</summary>
    public static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what) => UntilAsync(read, done, what, () => string.Empty);

    /// <summary>Likewise, adding <paramref name="context"/>, such as the log so far, to the failure.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, Func<string> context)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Gave up after {Patience.TotalSeconds:F0} s waiting until {what}.\n{context()}");
            }

            await Task.Delay(Pause);
        }
    }
}
