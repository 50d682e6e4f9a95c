namespace UpCloud.Simulator.Fleet;

/// <summary>A tunnel's configured IPsec proposal and timers, served as its <c>ipsec</c> object; the defaults are UpCloud's recorded ones.</summary>
public sealed class SimIpsec
{
    /// <summary>IKE (phase 1) encryption algorithms, e.g. <c>aes256</c>.</summary>
    public List<string> Phase1Algorithms { get; set; } = ["aes128", "aes256", "aes128gcm128", "aes256gcm128"];

    /// <summary>IKE (phase 1) integrity algorithms, e.g. <c>sha256</c>.</summary>
    public List<string> Phase1IntegrityAlgorithms { get; set; } = ["sha256", "sha384", "sha512"];

    /// <summary>IKE (phase 1) Diffie-Hellman group numbers.</summary>
    public List<int> Phase1DhGroupNumbers { get; set; } = [14, 16, 18, 19, 20, 21];

    /// <summary>Child SA (phase 2) encryption algorithms.</summary>
    public List<string> Phase2Algorithms { get; set; } = ["aes128", "aes256", "aes128gcm128", "aes256gcm128"];

    /// <summary>Child SA (phase 2) integrity algorithms.</summary>
    public List<string> Phase2IntegrityAlgorithms { get; set; } = ["sha256", "sha384", "sha512"];

    /// <summary>Child SA (phase 2) Diffie-Hellman group numbers (PFS).</summary>
    public List<int> Phase2DhGroupNumbers { get; set; } = [14, 16, 18, 19, 20, 21];

    /// <summary>Seconds between IKE SA rekeys (reauthentications under IKEv1); drives the IKE SA's <c>rekey_time</c>/<c>reauth_time</c>.</summary>
    public int RekeyTime { get; set; } = 14_400;

    /// <summary>Seconds between child SA rekeys; child SAs installed from now on rekey and expire by it.</summary>
    public int ChildRekeyTime { get; set; } = 1_440;

    /// <summary>The IKE SA lifetime in seconds.</summary>
    public int IkeLifetime { get; set; } = 86_400;

    /// <summary>Seconds between dead peer detection probes.</summary>
    public int DpdDelay { get; set; } = 30;

    /// <summary>Seconds without an answer before the peer is declared dead.</summary>
    public int DpdTimeout { get; set; } = 120;
}
