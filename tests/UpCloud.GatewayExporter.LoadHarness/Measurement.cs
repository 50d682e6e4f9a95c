namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>The frame every measuring command shares: Ctrl+C stops it cleanly, its table and JSON line are printed, and a failure is one line and an exit code.</summary>
internal static class Measurement
{
    /// <summary>Runs <paramref name="measure"/> and prints its result; returns 0, 1 on a failure, 130 when interrupted.</summary>
    public static async Task<int> RunAsync<T>(string name, Func<CancellationToken, Task<T>> measure, Func<T, string> table, Func<T, string> json, string? jsonPath)
    {
        using var interrupted = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            interrupted.Cancel();
        };

        try
        {
            var result = await measure(interrupted.Token);
            await Console.Out.WriteLineAsync(table(result));
            var line = json(result);
            await Console.Out.WriteLineAsync(line);
            if (jsonPath is not null)
            {
                await File.AppendAllTextAsync(jsonPath, line + "\n");
            }

            return 0;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{name}: interrupted");
            return 130;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"{name}: {ex.Message}");
            return 1;
        }
    }
}
