using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace UpCloud.Api.Tests.Support;

/// <summary>Collects every text a parsed model holds, through every public property, list and raw JSON value.</summary>
internal static class ModelText
{
    public static IReadOnlyList<string> Of(object? root)
    {
        var texts = new List<string>();
        Walk(root, texts, depth: 0);
        return texts;
    }

    private static void Walk(object? value, List<string> texts, int depth)
    {
        Assert.True(depth < 32, "the model graph is deeper than any API model should be");
        switch (value)
        {
            case null:
                return;
            case string text:
                texts.Add(text);
                return;
            case JsonElement element:
                texts.Add(element.GetRawText());
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, texts, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is DateTimeOffset or decimal)
        {
            texts.Add(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            {
                Walk(property.GetValue(value), texts, depth + 1);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Walk(field.GetValue(value), texts, depth + 1);
        }
    }
}
