using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Prometheus;
using Serilog;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Http;
using UpCloud.GatewayExporter.Metrics;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Web;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Wires the exporter: flags, options, logging, the HTTP client, the poller and the endpoints.</summary>
internal static class ExporterApplication
{
    /// <summary>The exporter's version, from the assembly's informational version.</summary>
    public static readonly string Version =
        typeof(ExporterApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>Runs the exporter as the command line asks and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var commandLine = CommandLine.Parse(args);
        if (commandLine.Help || commandLine.Version)
        {
            await stdout.WriteLineAsync(commandLine.Help ? CommandLine.Usage : Version);
            return 0;
        }

        if (commandLine.HealthCheck is { } healthCheck)
        {
            return await HealthCheckProbe.RunAsync(healthCheck, stderr);
        }

        // The demo simulator outlives the host: it is disposed only after the exporter has stopped polling it.
        await using var demo = commandLine.Demo ? await UpCloudSimulator.StartAsync(DemoFleet.Options(), cancellationToken) : null;
        WebApplication app;
        try
        {
            app = Build(commandLine, demo, commandLine.Once ? stderr : stdout);
        }
        catch (ConfigurationException ex)
        {
            await stderr.WriteLineAsync($"upcloud-gateway-exporter: configuration error: {ex.Message}");
            return 2;
        }

        await using (app)
        {
            var publisher = app.Services.GetRequiredService<ExpositionPublisher>();

            // Resolving the poller creates every account's metric families, so even the rendering before the first poll shows them.
            var poller = app.Services.GetRequiredService<Poller>();
            if (commandLine.Once)
            {
                var snapshots = await poller.PollOnceAsync(cancellationToken);
                var rendered = await publisher.GetAsync(ExpositionFormat.PrometheusText, cancellationToken);
                await stdout.WriteAsync(rendered!.PlainText());
                await stdout.FlushAsync(cancellationToken);
                return snapshots.All(snapshot => snapshot.Complete) ? 0 : 1;
            }

            await publisher.RenderInitialAsync(cancellationToken);
            await app.RunAsync(cancellationToken);
            return 0;
        }
    }

    private static WebApplication Build(CommandLine commandLine, UpCloudSimulator? demo, TextWriter log)
    {
        // appsettings.json is read from the binary's folder, not the working directory (which is / under systemd), and not
        // watched: a watcher on the working directory would be recursive and the exporter reads its settings only at start.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [.. commandLine.Remaining, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(commandLine.Remaining, Settings.CommandLineSwitches);
        if (demo is not null)
        {
            builder.Configuration[Settings.ApiUrl] = demo.BaseAddress.AbsoluteUri;
            builder.Configuration[Settings.PollInterval] ??= DemoFleet.PollInterval;
        }

        var options = ExporterOptionsReader.Read(builder.Configuration, demo is null ? null : UpCloudCredentials.Bearer(DemoFleet.Token));
        var webConfig = options.WebConfigPath is { } path ? WebConfigReader.Read(path) : null;
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://0.0.0.0:9877");
        if (webConfig?.Tls is { } tls)
        {
            var certificate = ServerCertificate.Load(tls);
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
                listen.UseHttps(https =>
                {
                    https.ServerCertificate = certificate;
                    https.SslProtocols = tls.Protocols;
                })));
        }

        builder.Host.UseSystemd();
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(ExporterLogging.Create(options, log), dispose: true);
        AddExporter(builder.Services, options);
        if (!commandLine.Once)
        {
            builder.Services.AddHostedService(provider => provider.GetRequiredService<Poller>());
        }

        var app = builder.Build();
        if (webConfig?.BasicAuthUsers is { Count: > 0 } users)
        {
            app.Use(new BasicAuthentication(users).InvokeAsync);
        }

        var publisher = app.Services.GetRequiredService<ExpositionPublisher>();
        app.MapGet("/metrics", context => MetricsEndpoint.ServeAsync(context, publisher));
        app.MapGet("/healthz", HealthEndpoints.LiveAsync);
        app.MapGet("/readyz", context => HealthEndpoints.ReadyAsync(context, publisher));
        app.MapGet("/", context => LandingPage.ServeAsync(context, Version));
        return app;
    }

    private static void AddExporter(IServiceCollection services, ExporterOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Prometheus.Metrics.NewCustomRegistry());
        services.AddSingleton<ExpositionPublisher>();
        foreach (var account in options.Accounts)
        {
            services.AddKeyedSingleton(account, (provider, _) =>
            {
                var families = new MetricFamilies(provider.GetRequiredService<CollectorRegistry>(), Version, account.Name);
                families.PollInterval.Set(options.PollInterval.TotalSeconds);
                return families;
            });
            services.AddUpCloudApiClient(account, options.PollInterval, Version);
        }

        services.AddSingleton(provider => new Poller(
            [.. options.Accounts.Select(account => AccountPollOf(provider, options, account))],
            provider.GetRequiredService<ExpositionPublisher>(),
            options.PollInterval,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<Poller>>()));
    }

    private static AccountPoll AccountPollOf(IServiceProvider provider, ExporterOptions options, ApiAccount account) => new(
        account,
        new FleetReader(
            provider.GetRequiredKeyedService<UpCloudClient>(account),
            new GatewaySelection(options.Gateways, options.Shard, options.GatewayLabel),
            options.MaxConcurrency,
            provider.GetRequiredService<TimeProvider>()),
        new PollFailureLog(provider.GetRequiredService<ILogger<PollFailureLog>>(), account),
        new SnapshotMapper(provider.GetRequiredKeyedService<MetricFamilies>(account), provider.GetRequiredService<ILogger<SnapshotMapper>>()));
}
