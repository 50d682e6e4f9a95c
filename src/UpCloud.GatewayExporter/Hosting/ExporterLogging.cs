using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Builds the Serilog logger in code, because the configuration reader relies on reflection that Native AOT lacks.</summary>
internal static class ExporterLogging
{
    /// <summary>Creates the logger writing to <paramref name="output"/>: stdout normally, stderr under <c>--once</c> so stdout carries only the exposition.</summary>
    public static Logger Create(ExporterOptions options, TextWriter output)
    {
        var quiet = options.LogLevel == LogEventLevel.Debug ? LogEventLevel.Debug : LogEventLevel.Warning;
        ITextFormatter formatter = options.LogFormat == LogFormat.Json
            ? new RenderedCompactJsonFormatter()
            : new MessageTemplateTextFormatter("{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3} {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture);
        return new LoggerConfiguration()
            .MinimumLevel.Is(options.LogLevel)
            .MinimumLevel.Override("Microsoft", quiet)
            .MinimumLevel.Override("System.Net.Http", quiet)
            .MinimumLevel.Override("Polly", options.LogLevel == LogEventLevel.Debug ? LogEventLevel.Debug : LogEventLevel.Fatal)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Sink(new TextWriterSink(formatter, output))
            .CreateLogger();
    }
}
