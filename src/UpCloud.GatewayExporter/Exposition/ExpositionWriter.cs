using System.Globalization;
using Prometheus;
using UpCloud.GatewayExporter.Metrics.Families;
using UpCloud.GatewayExporter.Metrics.Tables;

namespace UpCloud.GatewayExporter.Exposition;

/// <summary>
/// Writes the series tables of every account, family by family, byte for byte as prometheus-net would write the same
/// children: HELP and TYPE once per family, then each account's series with its account label last.
/// </summary>
internal static class ExpositionWriter
{
    private const int BufferSize = 16 * 1024;

    /// <summary>Writes every family, with the series of <paramref name="tables"/> in their order, to <paramref name="destination"/>.</summary>
    public static void Write(Stream destination, ExpositionFormat format, IReadOnlyList<SeriesTable> tables)
    {
        var openMetrics = format == ExpositionFormat.OpenMetricsText;
        var output = new Output(destination);
        foreach (var family in ResourceFamilies.Catalogue.InOrder)
        {
            var name = family.NameBytes;
            output.Append(openMetrics ? family.OpenMetricsHeader : family.TextHeader);
            foreach (var table in tables)
            {
                var accountLabel = table.AccountLabel;
                foreach (var sample in table.Samples[family.Index])
                {
                    output.Append(name);
                    output.Append("{"u8);
                    output.Append(sample.Identity);
                    output.Append(sample.Extra);
                    output.Append(accountLabel);
                    output.Append("} "u8);
                    output.Value(sample.Value, openMetrics);
                    output.Append("\n"u8);
                }
            }
        }

        output.Flush();
    }

    /// <summary>A write buffer in front of the destination, so each sample does not cost a stream call per part.</summary>
    private sealed class Output(Stream destination)
    {
        private readonly byte[] _buffer = new byte[BufferSize];
        private int _used;

        public void Append(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length - _used)
            {
                Flush();
                if (bytes.Length > _buffer.Length)
                {
                    destination.Write(bytes);
                    return;
                }
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        /// <summary>Writes a value as prometheus-net does: "g" formatting, and in OpenMetrics 0.0, 1.0, -1.0 or a ".0" on integers.</summary>
        public void Value(double value, bool openMetrics)
        {
            if (openMetrics && value is 0 or 1 or -1)
            {
                Append(value switch { 0 => "0.0"u8, 1 => "1.0"u8, _ => "-1.0"u8 });
                return;
            }

            if (openMetrics && !double.IsFinite(value))
            {
                Append(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "+Inf"u8 : "-Inf"u8);
                return;
            }

            Span<byte> text = stackalloc byte[32];
            if (!value.TryFormat(text, out var written, "g", CultureInfo.InvariantCulture))
            {
                throw new FormatException($"{value} does not fit 32 bytes");
            }

            Append(text[..written]);
            if (openMetrics && text[..written].IndexOfAny((byte)'.', (byte)'e') < 0)
            {
                Append(".0"u8);
            }
        }

        public void Flush()
        {
            destination.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}
