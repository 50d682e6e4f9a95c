using System.Net;

namespace UpCloud.GatewayExporter.LoadHarness;

/// <summary>Many concurrent scrapers against the exporter, in every format a scraper may ask for, counting answers and errors.</summary>
internal sealed class SoakScrapers(Uri baseAddress, int count, TimeSpan pause)
{
    private long _served;
    private long _errors;

    /// <summary>Scrapes that answered 200 with a body.</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>Scrapes that failed: another status, an exception or an empty body.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Runs the scrapers until <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => ScrapeAsync(i, cancellationToken)));

    private async Task ScrapeAsync(int index, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
        for (var round = index; !cancellationToken.IsCancellationRequested; round++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
            if (round % 3 == 1)
            {
                request.Headers.AcceptEncoding.ParseAdd("gzip");
            }
            else if (round % 3 == 2)
            {
                request.Headers.Accept.ParseAdd("application/openmetrics-text; version=1.0.0");
            }

            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK && body.Length > 0 ? ref _served : ref _errors);
                await Task.Delay(pause, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                Interlocked.Increment(ref _errors);
            }
        }
    }
}
