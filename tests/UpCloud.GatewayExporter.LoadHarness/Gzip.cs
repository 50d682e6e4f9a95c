using System.IO.Compression;
using System.Text;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Reads the gzip scrapes the harness takes, as Prometheus does, back into exposition text.</summary>
internal static class Gzip
{
    public static string Inflate(byte[] gzip)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
