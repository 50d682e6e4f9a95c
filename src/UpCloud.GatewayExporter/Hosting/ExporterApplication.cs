using UpCloud.GatewayExporter.Checking;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Exposition;
using UpCloud.GatewayExporter.Polling;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>The command-line modes: help, version, health check, one poll, or serving until stopped, each with its exit code.</summary>
internal static class ExporterApplication
{
    /// <summary>Runs the exporter as the command line asks and returns the process exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where the exposition of <c>--once</c>, help and the log go.</param>
    /// <param name="stderr">Where errors, and the log of <c>--once</c>, go.</param>
    /// <param name="cancellationToken">Stops serving.</param>
    /// <param name="time">
    /// The exporter's clock, the system's unless a test runs the exporter against a simulator on a fake one: the audit
    /// log's first read asks for the last 24 hours of this clock.
    /// </param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        var commandLine = CommandLine.Parse(args);
        if (commandLine.Help || commandLine.Version)
        {
            await stdout.WriteLineAsync(commandLine.Help ? Usage.Text() : BuildVersion.Current);
            return 0;
        }

        if (commandLine.HealthCheck)
        {
            Uri url;
            try
            {
                url = commandLine.HealthCheckUrl ?? HealthCheckTarget.From(ExporterHost.Settings(commandLine));
            }
            catch (ConfigurationException ex)
            {
                await stderr.WriteLineAsync($"upcloud-gateway-exporter: configuration error: {ex.Message}");
                return 2;
            }

            return await HealthCheckProbe.RunAsync(url, stderr);
        }

        // The demo simulator outlives the host: it is disposed only after the exporter has stopped polling it.
        await using var demo = commandLine.Demo ? await UpCloudSimulator.StartAsync(DemoMode.Options(), cancellationToken) : null;
        WebApplication app;
        try
        {
            app = ExporterHost.Build(commandLine, demo, commandLine.Serves ? stdout : stderr, time ?? TimeProvider.System);
        }
        catch (ConfigurationException ex)
        {
            await stderr.WriteLineAsync($"upcloud-gateway-exporter: configuration error: {ex.Message}");
            return 2;
        }

        await using (app)
        {
            if (commandLine.Check)
            {
                return await ApiCheck.RunAsync(app.Services.GetRequiredService<ExporterOptions>(), stdout, app.Services.GetRequiredService<TimeProvider>(), cancellationToken);
            }

            // Resolving the poller creates every account's exporter metrics, so even the exposition before the first poll shows them.
            var poller = app.Services.GetRequiredService<Poller>();
            var cache = app.Services.GetRequiredService<ExpositionCache>();
            return commandLine.Once
                ? await PollOnceAsync(poller, cache, stdout, cancellationToken)
                : await ServeAsync(app, app.Services.GetRequiredService<ExpositionPublisher>(), cancellationToken);
        }
    }

    private static async Task<int> PollOnceAsync(Poller poller, ExpositionCache cache, TextWriter stdout, CancellationToken cancellationToken)
    {
        var snapshots = await poller.PollOnceAsync(cancellationToken);
        await stdout.WriteAsync(cache.Current!.Text.PlainText());
        await stdout.FlushAsync(cancellationToken);
        return snapshots.All(snapshot => snapshot.Complete) ? 0 : 1;
    }

    private static async Task<int> ServeAsync(WebApplication app, ExpositionPublisher publisher, CancellationToken cancellationToken)
    {
        await publisher.PublishInitialAsync(cancellationToken);
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
