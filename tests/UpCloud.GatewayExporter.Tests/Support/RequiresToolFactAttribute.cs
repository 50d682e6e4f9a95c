namespace UpCloud.GatewayExporter.Tests.Support;

/// <summary>A fact that needs an external tool: skipped when the tool is not on PATH, except on CI (<c>CI=true</c>), where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(string tool)
    {
        if (ExecutablePath.Find(tool) is null && !ExecutablePath.IsCi)
        {
            Skip = $"{tool} is not on PATH; install it to run this test (with CI=true its absence fails the test instead)";
        }
    }
}
