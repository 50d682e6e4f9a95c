using Microsoft.Extensions.Configuration;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Tests.Configuration;

public sealed class OptionsReaderTests
{
    private const string Password = "s3cret-Pa55word";

    private static ExporterOptions Read(params (string Key, string Value)[] settings) =>
        OptionsReader.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Defaults_match_the_documented_contract()
    {
        var options = Read(("UPCLOUD_USERNAME", "alice"), ("UPCLOUD_PASSWORD", Password));

        var account = Assert.Single(options.Accounts);
        Assert.Null(account.Name);
        Assert.Equal(new Uri("https://api.upcloud.com/"), account.ApiUrl);
        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
        Assert.Equal(8, options.MaxConcurrency);
        Assert.Empty(options.Gateways);
        Assert.Null(options.GatewayLabel);
        Assert.Equal("0/1", options.Shard.ToString());
        Assert.True(options.AuditLog);
        Assert.Equal(LogFormat.Text, options.LogFormat);
        Assert.Equal("Basic(username=alice, password=***)", account.Credentials.ToString());
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("1m", 60_000)]
    [InlineData("1500ms", 1_500)]
    [InlineData("45", 45_000)]
    [InlineData("2.5s", 2_500)]
    public void Poll_interval_accepts_the_documented_duration_forms(string text, int milliseconds)
    {
        var options = Read(("UPCLOUD_TOKEN", "ucat_x"), ("UPCLOUD_POLL_INTERVAL", text));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), options.PollInterval);
    }

    [Theory]
    [InlineData("UPCLOUD_POLL_INTERVAL", "3x")]
    [InlineData("UPCLOUD_POLL_INTERVAL", "10ms")]
    [InlineData("UPCLOUD_POLL_INTERVAL", "-5s")]
    [InlineData("UPCLOUD_MAX_CONCURRENCY", "0")]
    [InlineData("UPCLOUD_MAX_CONCURRENCY", "many")]
    [InlineData("UPCLOUD_API_URL", "not a url")]
    [InlineData("UPCLOUD_API_URL", "ftp://api.upcloud.com")]
    [InlineData("EXPORTER_SHARD", "3/3")]
    [InlineData("EXPORTER_SHARD", "1")]
    [InlineData("EXPORTER_LOG_FORMAT", "xml")]
    [InlineData("EXPORTER_LOG_LEVEL", "loud")]
    [InlineData("UPCLOUD_GATEWAY_LABEL", "=value")]
    [InlineData("EXPORTER_WEB_CONFIG", "/nonexistent/web.yml")]
    [InlineData("UPCLOUD_AUDIT_LOG", "maybe")]
    public void A_malformed_setting_is_rejected_with_a_message_naming_it(string setting, string value)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_TOKEN", "ucat_x"), (setting, value)));

        Assert.Equal(setting, ex.Setting);
        Assert.StartsWith(setting + ": ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("off", false)]
    [InlineData("OFF", false)]
    [InlineData("on", true)]
    public void The_audit_log_is_turned_off_with_off(string text, bool on)
    {
        Assert.Equal(on, Read(("UPCLOUD_TOKEN", "ucat_x"), ("UPCLOUD_AUDIT_LOG", text)).AuditLog);
    }

    [Fact]
    public void Missing_credentials_are_rejected_naming_the_user_setting()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read());

        Assert.Equal("UPCLOUD_USERNAME", ex.Setting);
    }

    [Fact]
    public void A_token_together_with_a_password_is_rejected_without_revealing_either()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_TOKEN", "ucat_topsecret"), ("UPCLOUD_USERNAME", "alice"), ("UPCLOUD_PASSWORD", Password)));

        Assert.Equal("UPCLOUD_TOKEN", ex.Setting);
        Assert.DoesNotContain("ucat_topsecret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_username_without_a_password_is_rejected_naming_the_password_setting()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_USERNAME", "alice")));

        Assert.Equal("UPCLOUD_PASSWORD", ex.Setting);
    }

    [Fact]
    public void Secrets_are_read_from_files_with_the_trailing_newline_trimmed()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "ucat_from_file\n");

            var options = Read(("UPCLOUD_TOKEN_FILE", path));

            Assert.Equal("Bearer(token=***)", Assert.Single(options.Accounts).Credentials.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unreadable_secret_file_is_rejected_naming_the_file_setting()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_USERNAME", "alice"), ("UPCLOUD_PASSWORD_FILE", "/nonexistent/password")));

        Assert.Equal("UPCLOUD_PASSWORD_FILE", ex.Setting);
    }

    [Fact]
    public void Gateways_and_label_filters_are_parsed()
    {
        var options = Read(("UPCLOUD_TOKEN", "ucat_x"), ("UPCLOUD_GATEWAYS", " a-1, b-2 ,,"), ("UPCLOUD_GATEWAY_LABEL", "env=prod"));

        Assert.Equal(["a-1", "b-2"], options.Gateways.Order());
        Assert.Equal("env=prod", options.GatewayLabel?.ToString());
    }

    [Fact]
    public void Named_accounts_each_get_their_credentials_and_the_shared_api_url_unless_they_set_their_own()
    {
        var options = Read(
            ("UPCLOUD_API_URL", "http://127.0.0.1:8080"),
            ("UPCLOUD_ACCOUNTS:prod:TOKEN", "ucat_prod"),
            ("UPCLOUD_ACCOUNTS:staging:USERNAME", "bob"),
            ("UPCLOUD_ACCOUNTS:staging:PASSWORD", Password),
            ("UPCLOUD_ACCOUNTS:staging:API_URL", "http://127.0.0.1:9090"));

        Assert.Equal(
            ["prod Bearer(token=***) http://127.0.0.1:8080/", "staging Basic(username=bob, password=***) http://127.0.0.1:9090/"],
            options.Accounts.Select(a => $"{a.Name} {a.Credentials} {a.ApiUrl}").Order());
    }

    [Theory]
    [InlineData("UPCLOUD_ACCOUNTS:prod:USERNAME", "alice", "UPCLOUD_ACCOUNTS__prod__PASSWORD")]
    [InlineData("UPCLOUD_ACCOUNTS:prod:API_URL", "https://api.example", "UPCLOUD_ACCOUNTS__prod__USERNAME")]
    [InlineData("UPCLOUD_ACCOUNTS:prod", "ucat_x", "UPCLOUD_ACCOUNTS__prod")]
    [InlineData("UPCLOUD_ACCOUNTS__prod__TOKEN", "ucat_x", "UPCLOUD_ACCOUNTS__prod__TOKEN")]
    [InlineData("UPCLOUD_ACCOUNTS:prod:PASSWORD_FILE", "/nonexistent/password", "UPCLOUD_ACCOUNTS__prod__PASSWORD_FILE")]
    [InlineData("UPCLOUD_ACCOUNTS:prod!:TOKEN", "ucat_x", "UPCLOUD_ACCOUNTS__prod!")]
    [InlineData("UPCLOUD_ACCOUNTS", "prod,staging", "UPCLOUD_ACCOUNTS")]
    public void A_bad_account_setting_is_rejected_naming_it_as_an_environment_variable(string key, string value, string setting)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_ACCOUNTS:ok:TOKEN", "ucat_ok"), (key, value)));

        Assert.Equal(setting, ex.Setting);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void An_account_with_a_bad_api_url_is_rejected_naming_its_api_url_setting()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_ACCOUNTS:prod:TOKEN", "ucat_x"), ("UPCLOUD_ACCOUNTS:prod:API_URL", "ftp://x")));

        Assert.Equal("UPCLOUD_ACCOUNTS__prod__API_URL", ex.Setting);
    }

    [Fact]
    public void Top_level_credentials_together_with_accounts_are_rejected_without_revealing_either()
    {
        var ex = Assert.Throws<ConfigurationException>(() => Read(("UPCLOUD_TOKEN", "ucat_topsecret"), ("UPCLOUD_ACCOUNTS:prod:TOKEN", "ucat_prodsecret")));

        Assert.Equal("UPCLOUD_TOKEN", ex.Setting);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_whose_settings_are_all_empty_is_not_configured()
    {
        var options = Read(("UPCLOUD_TOKEN", "ucat_x"), ("UPCLOUD_ACCOUNTS:prod:TOKEN_FILE", " "));

        Assert.Null(Assert.Single(options.Accounts).Name);
    }
}
