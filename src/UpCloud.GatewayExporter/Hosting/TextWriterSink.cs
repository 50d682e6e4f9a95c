using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Writes each log event to the writer <see cref="ExporterApplication.RunAsync"/> was given, so an in-process host logs where its caller looks.</summary>
internal sealed class TextWriterSink(ITextFormatter formatter, TextWriter output) : ILogEventSink
{
    private readonly Lock _sync = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_sync)
        {
            formatter.Format(logEvent, output);
            output.Flush();
        }
    }
}
