using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using UpCloud.GatewayExporter.Tests.Support;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Tests.Integration;

/// <summary>
/// The whole exposition of the demo fleet on a frozen clock, compared line by line with a committed copy, so a change
/// that alters any name, label, value, HELP text or order shows up in review. Values that time the poll are masked.
/// Set <c>UPDATE_GOLDEN_FILES=1</c> to rewrite the copy after an intended change.
/// </summary>
public sealed partial class DemoExpositionTests
{
    private const string Token = "ucat_golden";

    [Fact]
    public async Task The_demo_fleet_on_a_frozen_clock_exports_exactly_the_committed_exposition()
    {
        var options = SimulatorOptions.Demo();
        options.Token = Token;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        options.TimeProvider = time;
        await using var demo = await UpCloudSimulator.StartAsync(options);

        var run = await ExporterCommand.RunOnceAsync(time, "--UPCLOUD_API_URL", demo.BaseAddress.AbsoluteUri, "--UPCLOUD_TOKEN", Token);

        Assert.Equal(0, run.ExitCode);
        var actual = Masked(run.Stdout);
        var golden = GoldenPath();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN_FILES") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), actual);
    }

    /// <summary>The exposition with the values that depend on how long calls took, or when the poll ran, replaced by <c>*</c>.</summary>
    private static string Masked(string exposition) => Timing().Replace(exposition, "$1 *");

    private static string GoldenPath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "demo-once.prom");

    [GeneratedRegex(@"^((?:upcloud_gateway_exporter_api_request_duration_seconds_(?:bucket|sum)|upcloud_gateway_exporter_last_poll_duration_seconds|[a-z_]+_timestamp_seconds)(?:\{[^\n]*\})?) [^ \n]+$", RegexOptions.Multiline)]
    private static partial Regex Timing();
}
