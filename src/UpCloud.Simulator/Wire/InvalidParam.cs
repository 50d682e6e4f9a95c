namespace UpCloud.Simulator.Wire;

/// <summary>One entry of a problem's <c>invalid_params</c>.</summary>
internal sealed record InvalidParam(string Name, string Reason);
