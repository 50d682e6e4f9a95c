using System.Diagnostics;

namespace UpCloud.Testing;

/// <summary>Bounded waits for something another thread or process makes true, with patience measured in seconds, never in milliseconds.</summary>
public static class Eventually
{
    /// <summary>How long a wait lasts before it gives up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>Returns the first value <paramref name="read"/> gives that satisfies <paramref name="done"/>, else fails saying what never happened.</summary>
    public static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what) => UntilAsync(read, done, what, () => string.Empty);

    /// <summary>Likewise, adding <paramref name="context"/>, such as the log so far, to the failure.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, Func<string> context)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > Patience)
            {
                Assert.Fail($"Gave up after {Patience.TotalSeconds:F0} s waiting until {what}.\n{context()}");
            }

            await Task.Delay(Pause);
        }
    }

    /// <summary>True as soon as <paramref name="condition"/> holds, false once <paramref name="limit"/> has passed.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= limit)
            {
                return false;
            }

            await Task.Delay(Pause);
        }

        return true;
    }
}
