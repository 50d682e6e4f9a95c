using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace UpCloud.Api.Tests.Support;

/// <summary>Builds the HTTP responses the stub serves.</summary>
internal static class Responses
{
    public static HttpResponseMessage Fixture(string name, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        Bytes(status, Fixtures.Bytes(name), mediaType);

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        Bytes(status, Encoding.UTF8.GetBytes(body), mediaType);

    public static HttpResponseMessage Text(HttpStatusCode status, string body, string mediaType = "text/plain") =>
        Bytes(status, Encoding.UTF8.GetBytes(body), mediaType);

    public static HttpResponseMessage Bytes(HttpStatusCode status, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A response whose body has no Content-Length, so only reading it reveals its size.</summary>
    public static HttpResponseMessage WithoutLength(string body)
    {
        var content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    /// <summary>A response whose headers arrive but whose body sends the prefix and then never another byte.</summary>
    public static HttpResponseMessage StallingBody(string prefix, TaskCompletionSource? bodyStarted = null, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new StreamContent(new StallingStream(Encoding.UTF8.GetBytes(prefix), bodyStarted));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A JSON array of minimal gateway entries named gw-{first} onward.</summary>
    public static string GatewayPage(int first, int count) =>
        "[" + string.Join(",", Enumerable.Range(first, count).Select(i => $$"""{"uuid":"gw-{{i}}","name":"gateway {{i}}","operational_state":"running"}""")) + "]";
}
