namespace UpCloud.GatewayExporter.Hosting;

/// <summary>Probes a running exporter's <c>/healthz</c>, so a container image needs neither a shell nor curl for its health check.</summary>
internal static class HealthCheckProbe
{
    /// <summary>Returns 0 when the URL answers 2xx within five seconds, else 1.</summary>
    public static async Task<int> RunAsync(Uri url, TextWriter stderr)
    {
        // The probe asks its own process on loopback whether it is alive; the server's certificate names the host
        // scrapers use, never 127.0.0.1, and the probe sends nothing worth protecting, so any certificate will do.
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await stderr.WriteLineAsync($"health check of {url} failed: {ex.Message}");
            return 1;
        }
    }
}
