using System.Buffers;
using System.Text.Unicode;

namespace KgExport.Rdf;

/// <summary>
/// Text from a stream of UTF-8 bytes, decoded strictly: a leading byte order mark is skipped, and the first malformed
/// or truncated sequence throws <see cref="InvalidUtf8Exception"/> with its byte offset, once every character before
/// it has been read.
/// </summary>
public sealed class Utf8TextReader : TextReader
{
    private const int BufferSize = 1 << 16;
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly string _sourceName;
    private readonly bool _leaveOpen;
    private readonly byte[] _bytes = new byte[BufferSize];
    private readonly char[] _chars = new char[BufferSize];
    private long _bytesBefore;
    private int _byteStart;
    private int _byteEnd;
    private int _charPos;
    private int _charEnd;
    private bool _endOfStream;
    private bool _started;

    public Utf8TextReader(Stream stream, string sourceName, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _sourceName = sourceName;
        _leaveOpen = leaveOpen;
    }

    public override int Peek() => _charPos < _charEnd || Fill() ? _chars[_charPos] : -1;

    public override int Read() => _charPos < _charEnd || Fill() ? _chars[_charPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_charPos == _charEnd && !Fill())) return 0;
        var n = Math.Min(buffer.Length, _charEnd - _charPos);
        _chars.AsSpan(_charPos, n).CopyTo(buffer);
        _charPos += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen) _stream.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Decodes the next characters; false at the end of the input.</summary>
    private bool Fill()
    {
        if (!_started) SkipByteOrderMark();
        while (true)
        {
            if (_byteStart < _byteEnd)
            {
                var status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), _chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: _endOfStream);
                _byteStart += read;
                if (written > 0)
                {
                    _charPos = 0;
                    _charEnd = written;
                    return true;
                }
                if (status == OperationStatus.InvalidData) throw new InvalidUtf8Exception(_sourceName, _bytesBefore + _byteStart);
            }
            else if (_endOfStream)
            {
                return false;
            }
            ReadBytes();
        }
    }

    private void SkipByteOrderMark()
    {
        _started = true;
        while (_byteEnd < ByteOrderMark.Length && !_endOfStream) ReadBytes();
        if (_bytes.AsSpan(0, _byteEnd).StartsWith(ByteOrderMark)) _byteStart = ByteOrderMark.Length;
    }

    /// <summary>Keeps the bytes not yet decoded (at most a truncated sequence) and reads more after them.</summary>
    private void ReadBytes()
    {
        var kept = _byteEnd - _byteStart;
        if (kept > 0) Array.Copy(_bytes, _byteStart, _bytes, 0, kept);
        _bytesBefore += _byteStart;
        _byteStart = 0;
        _byteEnd = kept;
        var n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
        if (n == 0) _endOfStream = true;
        else _byteEnd += n;
    }
}
