using System.Diagnostics;

namespace UpCloud.GatewayExporter.EndToEnd.Support;

/// <summary>Bounded waiting: re-checks a condition until it holds or the time is up.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>True as soon as <paramref name="condition"/> holds, false once <paramref name="limit"/> has passed.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return true;
            }

            if (clock.Elapsed >= limit)
            {
                return false;
            }

            await Task.Delay(Pause);
        }
    }
}
