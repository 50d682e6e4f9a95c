using System.Text;

namespace UpCloud.Api.Tests.Support;

/// <summary>A body that starts with a prefix and then repeats a unit for ever, counting what was read of it.</summary>
internal sealed class EndlessStream(string prefix, string unit) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _unit = Encoding.UTF8.GetBytes(unit);

    /// <summary>The bytes handed out so far.</summary>
    public long Consumed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Consumed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = Consumed + i;
            buffer[offset + i] = at < _prefix.Length ? _prefix[at] : _unit[(at - _prefix.Length) % _unit.Length];
        }

        Consumed += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
