namespace UpCloud.Simulator.Wire;

/// <summary>What every JSON writer of one response needs: the instant served and whether to flood unknown fields.</summary>
internal readonly record struct WireContext(DateTimeOffset Now, bool FloodUnknownFields);
