using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>A self-signed server certificate for 127.0.0.1 written as PEM files, and HTTP clients that trust exactly it.</summary>
internal sealed class TestCertificate : IDisposable
{
    private TestCertificate(X509Certificate2 certificate, string certFile, string keyFile)
    {
        Certificate = certificate;
        CertFile = certFile;
        KeyFile = keyFile;
    }

    public X509Certificate2 Certificate { get; }

    public string CertFile { get; }

    public string KeyFile { get; }

    /// <summary>Creates the certificate and writes <c>{name}.crt</c> and <c>{name}.key</c> into <paramref name="directory"/>.</summary>
    public static TestCertificate Create(string directory, string name = "server")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = Path.Combine(directory, $"{name}.crt");
        var keyFile = Path.Combine(directory, $"{name}.key");
        File.WriteAllText(certFile, created.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return new TestCertificate(X509CertificateLoader.LoadCertificate(created.RawData), certFile, keyFile);
    }

    /// <summary>A handler that trusts this certificate as its only root; <paramref name="protocols"/> limits the TLS versions it offers.</summary>
    public HttpMessageHandler TrustingHandler(SslProtocols protocols = SslProtocols.None) => new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None,
        SslOptions = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = protocols,
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { Certificate },
                RevocationMode = X509RevocationMode.NoCheck,
            },
        },
    };

    public void Dispose() => Certificate.Dispose();
}
