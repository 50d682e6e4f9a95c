using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UpCloud.Api.Json;

namespace UpCloud.Api;

/// <summary>Sends authenticated GETs and turns every way a call can fail into one <see cref="UpCloudApiException"/>.</summary>
internal sealed class UpCloudTransport
{
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

    /// <summary>Reads a JSON body of <paramref name="type"/>, held to <paramref name="limit"/>.</summary>
    public Task<T> GetAsync<T>(string route, string path, string query, BodyLimit limit, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        GetAsync(route, path, query, limit, body =>
        {
            JsonTally.Check(body.Span, limit.Budget);
            return JsonSerializer.Deserialize(body.Span, type) ?? throw new UpCloudApiException(UpCloudFailure.InvalidResponse, route, path, "the body was JSON null", 200);
        }, cancellationToken);

    /// <summary>Reads a body of at most <paramref name="limit"/>'s bytes and hands it to <paramref name="parse"/>, whose <see cref="JsonException"/> is an invalid response.</summary>
    public async Task<T> GetAsync<T>(string route, string path, string query, BodyLimit limit, Func<ReadOnlyMemory<byte>, T> parse, CancellationToken cancellationToken)
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
            var body = await ReadBodyAsync(response, route, path, limit.MaxBytes, deadline.Token, cancellationToken).ConfigureAwait(false);
            try
            {
                return parse(body);
            }
            catch (JsonException ex)
            {
                throw new UpCloudApiException(UpCloudFailure.InvalidResponse, route, path, $"the body is not the documented JSON ({Describe(ex)})", (int)response.StatusCode, innerException: ex);
            }
        }
        catch (ResponseTooLargeException ex)
        {
            throw new UpCloudApiException(UpCloudFailure.ResponseTooLarge, route, path, ex.Message);
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

    private async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpResponseMessage response, string route, string path, int cap, CancellationToken cancellationToken, CancellationToken callerToken)
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

        // A stated length over the cap fails before a byte of the body is read.
        var declared = response.Content.Headers.ContentLength;
        if (declared > cap)
        {
            throw new ResponseTooLargeException($"the response body exceeded the {cap}-byte cap");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await ResponseBuffer.ReadAsync(stream, declared, cap, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UpCloudApiException> ErrorFromAsync(HttpResponseMessage response, string route, string path, CancellationToken cancellationToken, CancellationToken callerToken)
    {
        var status = (int)response.StatusCode;
        var reason = response.ReasonPhrase ?? response.StatusCode.ToString();
        try
        {
            var body = await ReadPrefixAsync(response, _options.Limits.ErrorBodyBytes, cancellationToken).ConfigureAwait(false);
            var error = ApiError.Parse(body);
            return new UpCloudApiException(UpCloudFailure.HttpStatus, route, path, _credentials.Redact(error?.Detail ?? reason), status,
                error?.Code is { } code ? _credentials.Redact(code) : null, error?.CorrelationId is { } correlation ? _credentials.Redact(correlation) : null);
        }
        catch (Exception ex) when (IsNoResponse(ex, callerToken))
        {
            return new UpCloudApiException(UpCloudFailure.HttpStatus, route, path, reason, status, innerException: ex);
        }
    }

    /// <summary>The first <paramref name="length"/> bytes of an error body, enough for its code, title and correlation id; the rest is never kept.</summary>
    private static async Task<byte[]> ReadPrefixAsync(HttpResponseMessage response, int length, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[length];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        return buffer[..filled];
    }

    // Running out of memory is no answer of the API's, so it is not reported as one: it reaches the caller as it is.
    private static bool IsNoResponse(Exception ex, CancellationToken cancellationToken) =>
        ex is not UpCloudApiException and not ResponseTooLargeException and not OutOfMemoryException
        && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static UpCloudApiException NoResponse(string route, string path, Exception ex) =>
        new(UpCloudFailure.NoResponse, route, path, $"no response ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})", innerException: ex);

    private static string Describe(JsonException ex) =>
        ex.Path is null ? "unreadable" : $"at {JsonFailure.PathOf(ex)}, line {ex.LineNumber}, byte {ex.BytePositionInLine}";
}
