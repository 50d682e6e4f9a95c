using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>
/// One <c>--once</c> run against the demo fleet on the frozen test clock, shared by the tests of what <c>--demo</c> shows,
/// so the committed exposition and each case the demo fleet is built to have are read from the same scrape.
/// </summary>
public sealed class DemoOnce : IAsyncLifetime
{
    public CommandResult Run { get; private set; } = null!;

    public ExpositionText Text { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = SimulatorOptions.Demo();
        options.Token = TestCredentials.Token;
        await using var demo = await SimulatedCloud.StartAsync(options);
        Run = await ExporterCommand.RunOnceAsync(demo.Time, "--UPCLOUD_API_URL", demo.Simulator.BaseAddress.AbsoluteUri, "--UPCLOUD_TOKEN", TestCredentials.Token);
        Text = ExpositionText.Parse(Run.Stdout);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
