namespace UpCloud.GatewayExporter.Checking;

/// <summary>One line of <c>--check</c>: what was checked, how it went, and, when it did not work, what to do about it.</summary>
/// <param name="Outcome">How the check went.</param>
/// <param name="What">What was checked and what came back, without any secret.</param>
/// <param name="Fix">What to change, when the check did not pass.</param>
internal sealed record CheckLine(CheckOutcome Outcome, string What, string? Fix = null)
{
    /// <summary>The line as printed, its fix on a line of its own below it.</summary>
    public override string ToString()
    {
        var mark = Outcome switch { CheckOutcome.Passed => "ok  ", CheckOutcome.Warning => "warn", _ => "FAIL" };
        return Fix is null ? $"{mark}  {What}" : $"{mark}  {What}\n      fix: {Fix}";
    }
}
