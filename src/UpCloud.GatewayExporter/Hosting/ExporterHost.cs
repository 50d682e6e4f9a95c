using Serilog;
using UpCloud.Api;
using UpCloud.GatewayExporter.Configuration;
using UpCloud.GatewayExporter.Polling;
using UpCloud.GatewayExporter.Web;
using UpCloud.Simulator;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Builds the exporter's web host: configuration sources, validated options, Kestrel with TLS, logging, services and endpoints.</summary>
internal static class ExporterHost
{
    /// <summary>
    /// The settings from the sources the host reads, in its order, for modes that need a few of them without a host:
    /// appsettings.json next to the binary, the environment (with ASP.NET Core's ASPNETCORE_ prefix), the command line.
    /// </summary>
    public static IConfiguration Settings(CommandLine commandLine) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
        .AddEnvironmentVariables()
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddCommandLine(commandLine.Remaining, SettingsTable.SwitchMappings())
        .Build();

    /// <summary>Builds the host; a bad setting throws <see cref="ConfigurationException"/> before anything starts.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="demo">The demo simulator to poll, or null for the configured API.</param>
    /// <param name="log">Where log lines go.</param>
    /// <param name="time">The exporter's clock.</param>
    public static WebApplication Build(CommandLine commandLine, UpCloudSimulator? demo, TextWriter log, TimeProvider time)
    {
        // appsettings.json is read from the binary's folder, not the working directory (which is / under systemd), and not
        // watched: a watcher on the working directory would be recursive and the exporter reads its settings only at start.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [.. commandLine.Remaining, "--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddCommandLine(commandLine.Remaining, SettingsTable.SwitchMappings());
        if (demo is not null)
        {
            builder.Configuration[SettingsTable.ApiUrl.Key] = demo.BaseAddress.AbsoluteUri;
            builder.Configuration[SettingsTable.PollInterval.Key] ??= DemoMode.PollInterval;
        }

        var options = OptionsReader.Read(builder.Configuration, demo is null ? null : UpCloudCredentials.Bearer(DemoMode.Token));
        var webConfig = options.WebConfigPath is { } path ? WebConfigReader.Read(path) : null;
        var urls = options.Urls ?? string.Join(';', options.ListenAddresses.Select(address => address.Url(webConfig?.Tls is not null)));
        builder.WebHost.UseUrls(urls);
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
        builder.Services.AddExporter(options, time);
        if (commandLine.Serves)
        {
            builder.Services.AddHostedService(provider => provider.GetRequiredService<Poller>());
        }

        var app = builder.Build();
        app.MapExporterEndpoints(options.TelemetryPath, webConfig);
        StartupLog.Starting(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExporterHost).FullName!), options, commandLine.Serves ? urls : $"none ({(commandLine.Once ? "--once" : "--check")})");
        return app;
    }
}
