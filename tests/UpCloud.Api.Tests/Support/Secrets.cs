using System.Text;

namespace UpCloud.Api.Tests.Support;

/// <summary>The secrets the tests hand to the client, and the check that none of them leaks.</summary>
internal static class Secrets
{
    public const string Username = "exporter-api-user";
    public const string Password = "Pa55-w0rd-never-log-me";
    public const string Token = "ucat_01JTESTTOKENNEVERLOGME0000";
    public const string Psk = "never-log-this-psk-7f3a9c";

    /// <summary>The HTTP Basic form of the user name and password, as it travels in the Authorization header.</summary>
    public static string BasicForm { get; } = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));

    public static UpCloudCredentials Basic() => UpCloudCredentials.Basic(Username, Password);

    public static UpCloudCredentials Bearer() => UpCloudCredentials.Bearer(Token);

    /// <summary>Fails when any secret, in any form, appears in the exception's message, its full ToString (inner exceptions and stack included) or its fields.</summary>
    public static void AssertAbsentFrom(Exception exception, params string[] moreSecrets)
    {
        var texts = new List<string> { exception.Message, exception.ToString() };
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            texts.Add(inner.Message);
        }

        if (exception is UpCloudApiException api)
        {
            texts.Add(api.Detail);
            texts.Add(api.Path);
            texts.Add(api.ErrorCode ?? string.Empty);
            texts.Add(api.CorrelationId ?? string.Empty);
        }

        foreach (var text in texts)
        {
            AssertAbsentFrom(text);
            foreach (var secret in moreSecrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Fails when any secret, in any form, appears in the text.</summary>
    public static void AssertAbsentFrom(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(BasicForm, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Psk, text, StringComparison.Ordinal);
    }
}
