namespace UpCloud.Api.Tests.Support;

/// <summary>The test credentials as the client takes them, and the check that none of them, nor the PSK, leaks.</summary>
internal static class Secrets
{
    public static UpCloudCredentials Basic() => UpCloudCredentials.Basic(TestCredentials.Username, TestCredentials.Password);

    public static UpCloudCredentials Bearer() => UpCloudCredentials.Bearer(TestCredentials.Token);

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
        Assert.DoesNotContain(TestCredentials.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.BasicForm, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestCredentials.Psk, text, StringComparison.Ordinal);
    }
}
