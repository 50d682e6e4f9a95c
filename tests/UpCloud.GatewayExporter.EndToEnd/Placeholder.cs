namespace UpCloud.GatewayExporter.EndToEnd;

public class Placeholder
{
    [Fact]
    public void Runs() => Assert.True(true);
}
