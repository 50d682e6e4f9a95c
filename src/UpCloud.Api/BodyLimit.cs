namespace UpCloud.Api;

/// <summary>What the client reads of one endpoint's successful answer.</summary>
/// <param name="MaxBytes">The largest body read; a larger one fails the call the moment its length or its bytes pass this.</param>
/// <param name="Budget">The most JSON structure the body may hold; more fails the call before any of it is deserialized.</param>
public readonly record struct BodyLimit(int MaxBytes, JsonBudget Budget);
