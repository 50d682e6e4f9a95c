using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>One scraper of the exporter's /metrics over its own loopback connection, as Prometheus would scrape it.</summary>
internal sealed class Scraper : IDisposable
{
    private readonly HttpClient _http;
    private readonly byte[] _sink = new byte[64 * 1024];

    public Scraper(Uri baseAddress) =>
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseProxy = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Answers the status of a GET, or null while nothing listens.</summary>
    public async Task<HttpStatusCode?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(path, cancellationToken);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>Reads the gzip exposition whole.</summary>
    public async Task<byte[]> GzipAsync(CancellationToken cancellationToken)
    {
        using var request = Request(gzip: true);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>Scrapes once, discarding the body, and returns how long the whole response took and its size.</summary>
    public async Task<(TimeSpan Elapsed, long Bytes)> TimeAsync(bool gzip, CancellationToken cancellationToken)
    {
        using var request = Request(gzip);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        long bytes = 0;
        int read;
        while ((read = await body.ReadAsync(_sink, cancellationToken)) > 0)
        {
            bytes += read;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (response.Content.Headers.ContentLength is { } length && length != bytes)
        {
            throw new InvalidOperationException($"/metrics announced {length} bytes and sent {bytes}");
        }

        return (elapsed, bytes);
    }

    public void Dispose() => _http.Dispose();

    private static HttpRequestMessage Request(bool gzip)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        if (gzip)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        }

        return request;
    }
}
