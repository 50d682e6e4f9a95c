using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UpCloud.Api.Json;

namespace UpCloud.Api;

/// <summary>Sends authenticated GETs and turns every way a call can fail into one <see cref="UpCloudApiException"/>.</summary>
internal sealed class UpCloudTransport
{
    private const int MaxErrorBodyBytes = 64 * 1024;
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly UpCloudCredentials _credentials;
    private readonly UpCloudClientOptions _options;
    private readonly Uri _base;

    public UpCloudTransport(HttpClient http, UpCloudCredentials credentials, UpCloudClientOptions options)
    {
        var baseAddress = http.BaseAddress ?? throw new ArgumentException("The HttpClient needs a BaseAddress, the API's base URL.", nameof(http));
        _base = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        _http = http;
        _credentials = credentials;
        _options = options;
    }

    public UpCloudClientOptions Options => _options;

    public async Task<T> GetAsync<T>(string route, string path, string query, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        // HttpClient.Timeout stops at the response headers when the body is streamed, so the same limit is applied to the whole call here.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_http.Timeout != Timeout.InfiniteTimeSpan)
        {
            deadline.CancelAfter(_http.Timeout);
        }

        try
        {
            using var response = await SendAsync(route, path, query, deadline.Token).ConfigureAwait(false);
            await using var body = await OpenBodyAsync(response, route, path, deadline.Token, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            try
            {
                var value = await JsonSerializer.DeserializeAsync(body, type, deadline.Token).ConfigureAwait(false);
                return value ?? throw new UpCloudApiException(UpCloudFailure.InvalidResponse, route, path, "the body was JSON null", status);
            }
            catch (JsonException ex)
            {
                throw new UpCloudApiException(UpCloudFailure.InvalidResponse, route, path, $"the body is not the documented JSON ({Describe(ex)})", status, innerException: ex);
            }
        }
        catch (ResponseTooLargeException ex)
        {
            throw TooLarge(route, path, ex.Cap);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            throw new UpCloudApiException(UpCloudFailure.NoResponse, route, path,
                $"no complete response within the HttpClient timeout of {_http.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", innerException: ex);
        }
        catch (Exception ex) when (IsNoResponse(ex, cancellationToken))
        {
            throw NoResponse(route, path, ex);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string route, string path, string query, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_base, path.TrimStart('/') + query));
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = _credentials.Header;
        request.Options.Set(UpCloudRequestOptions.RouteTemplate, route);
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Stream> OpenBodyAsync(HttpResponseMessage response, string route, string path, CancellationToken cancellationToken, CancellationToken callerToken)
    {
        // The credentials belong to the configured API URL alone, so a redirect is reported, never followed.
        if ((int)response.StatusCode is >= 300 and <= 399)
        {
            throw new UpCloudApiException(UpCloudFailure.HttpStatus, route, path,
                "the API answered with a redirect, which is not followed so that the credentials go nowhere but the configured API URL", (int)response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorFromAsync(response, route, path, cancellationToken, callerToken).ConfigureAwait(false);
        }

        if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
        {
            throw TooLarge(route, path, _options.MaxResponseBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new CappedReadStream(stream, _options.MaxResponseBytes);
    }

    private async Task<UpCloudApiException> ErrorFromAsync(HttpResponseMessage response, string route, string path, CancellationToken cancellationToken, CancellationToken callerToken)
    {
        var status = (int)response.StatusCode;
        var reason = response.ReasonPhrase ?? response.StatusCode.ToString();
        try
        {
            var body = await ReadPrefixAsync(response, cancellationToken).ConfigureAwait(false);
            var error = ApiError.Parse(body);
            return new UpCloudApiException(UpCloudFailure.HttpStatus, route, path, _credentials.Redact(error?.Detail ?? reason), status,
                error?.Code is { } code ? _credentials.Redact(code) : null, error?.CorrelationId is { } correlation ? _credentials.Redact(correlation) : null);
        }
        catch (Exception ex) when (IsNoResponse(ex, callerToken))
        {
            return new UpCloudApiException(UpCloudFailure.HttpStatus, route, path, reason, status, innerException: ex);
        }
    }

    private static async Task<byte[]> ReadPrefixAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[MaxErrorBodyBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return buffer[..filled];
    }

    private static bool IsNoResponse(Exception ex, CancellationToken cancellationToken) =>
        ex is not UpCloudApiException and not ResponseTooLargeException
        && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static UpCloudApiException NoResponse(string route, string path, Exception ex) =>
        new(UpCloudFailure.NoResponse, route, path, $"no response ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", innerException: ex);

    private static UpCloudApiException TooLarge(string route, string path, long cap) =>
        new(UpCloudFailure.ResponseTooLarge, route, path, $"the response body exceeded the {cap}-byte cap");

    private static string Describe(JsonException ex) =>
        ex.Path is null ? "unreadable" : $"at {JsonFailure.PathOf(ex)}, line {ex.LineNumber}, byte {ex.BytePositionInLine}";
}
