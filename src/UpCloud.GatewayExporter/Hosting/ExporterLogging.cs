using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Builds the Serilog logger in code, because the configuration reader relies on reflection that Native AOT lacks.</summary>
internal static class ExporterLogging
{
    /// <summary>Creates the logger; with <paramref name="toStandardError"/> every line goes to stderr, keeping stdout for <c>--once</c> output.</summary>
    public static Logger Create(ExporterOptions options, bool toStandardError)
    {
        var quiet = options.LogLevel == LogEventLevel.Debug ? LogEventLevel.Debug : LogEventLevel.Warning;
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(options.LogLevel)
            .MinimumLevel.Override("Microsoft", quiet)
            .MinimumLevel.Override("System.Net.Http", quiet)
            .MinimumLevel.Override("Polly", options.LogLevel == LogEventLevel.Debug ? LogEventLevel.Debug : LogEventLevel.Fatal)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext();
        LogEventLevel? errorFrom = toStandardError ? LogEventLevel.Verbose : null;
        return (options.LogFormat == LogFormat.Json
                ? configuration.WriteTo.Console(new RenderedCompactJsonFormatter(), standardErrorFromLevel: errorFrom)
                : configuration.WriteTo.Console(
                    outputTemplate: "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3} {Message:lj}{NewLine}{Exception}",
                    formatProvider: CultureInfo.InvariantCulture,
                    standardErrorFromLevel: errorFrom))
            .CreateLogger();
    }
}
