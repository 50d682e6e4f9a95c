namespace UpCloud.Api;

/// <summary>
/// How much JSON structure a body may hold: every object or array can become an object in memory, and every value an
/// allocation, so a few bytes each (<c>{},</c> is three) must not expand into millions of them.
/// </summary>
/// <param name="MaxContainers">The most objects and arrays, at any depth.</param>
/// <param name="MaxValues">The most values of any kind, objects and arrays included, at any depth.</param>
public readonly record struct JsonBudget(int MaxContainers, int MaxValues);
