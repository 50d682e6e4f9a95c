using System.Text;

namespace UpCloud.GatewayExporter.Metrics.Tables;

/// <summary>
/// Encodes label pairs as exposition text (<c>name="value",…</c>, escaped as prometheus-net escapes them) once per poll
/// and distinct text: every series of a gateway, node or tunnel shares one array for the labels naming it.
/// </summary>
internal sealed class LabelText
{
    private Dictionary<string, byte[]> _interned = new(StringComparer.Ordinal);
    private char[] _scratch = new char[256];

    /// <summary>The encoded pairs of <paramref name="names"/> and <paramref name="values"/>, with a leading comma when asked.</summary>
    public byte[] Encode(ReadOnlySpan<string> names, ReadOnlySpan<string> values, bool leadingComma)
    {
        var length = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (i > 0 || leadingComma)
            {
                Append(',', ref length);
            }

            foreach (var c in names[i])
            {
                Append(c, ref length);
            }

            Append('=', ref length);
            Append('"', ref length);
            foreach (var c in values[i])
            {
                switch (c)
                {
                    case '\\':
                        Append('\\', ref length);
                        Append('\\', ref length);
                        break;
                    case '"':
                        Append('\\', ref length);
                        Append('"', ref length);
                        break;
                    case '\n':
                        Append('\\', ref length);
                        Append('n', ref length);
                        break;
                    default:
                        Append(c, ref length);
                        break;
                }
            }

            Append('"', ref length);
        }

        var text = _scratch.AsSpan(0, length);
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text, out var bytes))
        {
            bytes = Encoding.UTF8.GetBytes(_scratch, 0, length);
            lookup[text] = bytes;
        }

        return bytes;
    }

    /// <summary>Forgets this poll's texts; the arrays stay with the samples that use them.</summary>
    public void Reset() => _interned = new Dictionary<string, byte[]>(StringComparer.Ordinal);

    private void Append(char c, ref int length)
    {
        if (length == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[length++] = c;
    }
}
