namespace UpCloud.Api.Tests.Support;

/// <summary>Reads the JSON fixtures copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
