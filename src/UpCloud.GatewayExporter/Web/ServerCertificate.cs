using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using UpCloud.GatewayExporter.Configuration;

namespace UpCloud.GatewayExporter.Web;

/// <summary>Loads the TLS certificate and key at start-up, so a bad pair stops the exporter with a clear message instead of failing handshakes later.</summary>
internal static class ServerCertificate
{
    /// <summary>Loads the PEM certificate and private key the web config names.</summary>
    public static X509Certificate2 Load(WebTls tls)
    {
        try
        {
            return X509Certificate2.CreateFromPemFile(tls.CertFile, tls.KeyFile);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or ArgumentException)
        {
            throw new ConfigurationException(SettingsTable.WebConfig.Name, $"cannot load the TLS certificate '{tls.CertFile}' with key '{tls.KeyFile}': {ex.GetType().Name}");
        }
    }
}
