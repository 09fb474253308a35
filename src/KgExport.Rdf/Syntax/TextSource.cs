using System.Runtime.CompilerServices;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// A forward-only window over a <see cref="TextReader"/> for the hand-written lexers: a large char buffer, one
/// char of work per <see cref="Advance"/>, and the <see cref="TextPosition"/> (line, column and offset in code points)
/// for error messages. Lookahead of a few
/// characters is guaranteed across buffer refills.
/// </summary>
internal sealed partial class TextSource
{
    public const int Eof = -1;
    private const int BufferSize = 1 << 16;

    private readonly TextReader _reader;
    private readonly string _sourceName;
    private readonly CancellationToken _cancellation;
    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _end;
    private bool _eof;
    private long _bufferOffset;
    private long _lineStart;
    private int _line = 1;
    private bool _started;
    private long _afterCarriageReturn = -1;
    // Second halves of surrogate pairs consumed (in the whole text, on the current line): a code point they end is
    // counted at its first half, so positions count code points rather than UTF-16 units.
    private long _surrogates;
    private int _lineSurrogates;
    private int _byteOrderMark;

    public TextSource(TextReader reader, string sourceName, CancellationToken cancellation)
    {
        _reader = reader;
        _sourceName = sourceName;
        _cancellation = cancellation;
    }

    public string SourceName => _sourceName;

    /// <summary>Where the next character is.</summary>
    public TextPosition Position =>
        new(_line, (int)(_bufferOffset + _pos - _lineStart - _lineSurrogates) + 1, _bufferOffset + _pos - _byteOrderMark - _surrogates);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Peek() => _pos < _end ? _buffer[_pos] : FillAndPeek(0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PeekAt(int offset) => _pos + offset < _end ? _buffer[_pos + offset] : FillAndPeek(offset);

    /// <summary>Consumes the next character (which must exist).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance()
    {
        // One comparison keeps ordinary characters on the fast path: below it are the line breaks, above it the
        // second halves of surrogate pairs (and the rest of U+DC00-U+FFFF).
        var c = _buffer[_pos++];
        if ((uint)(c - 0x0E) >= 0xDC00 - 0x0E) CountLineBreakOrSurrogate(c);
    }

    /// <summary>LF, CR and CRLF each end one line; a low surrogate ends a code point begun by the char before it.</summary>
    private void CountLineBreakOrSurrogate(char c)
    {
        var position = _bufferOffset + _pos - 1;
        if (char.IsLowSurrogate(c))
        {
            _surrogates++;
            _lineSurrogates++;
        }
        else if (c == '\r')
        {
            _line++;
            _lineStart = position + 1;
            _lineSurrogates = 0;
            _afterCarriageReturn = position + 1;
        }
        else if (c == '\n')
        {
            // After a CR the line was already counted; the LF of a CRLF only moves the start of the line.
            if (_afterCarriageReturn != position) _line++;
            _lineStart = position + 1;
            _lineSurrogates = 0;
        }
    }

    /// <summary>Consumes <paramref name="count"/> characters known not to contain a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AdvanceWithinLine(int count)
    {
        var consumed = _buffer.AsSpan(_pos, count);
        _pos += count;
        var first = consumed.IndexOfAnyInRange('\uDC00', '\uDFFF');
        if (first >= 0) CountSurrogates(consumed[first..]);
    }

    private void CountSurrogates(ReadOnlySpan<char> chars)
    {
        var n = 0;
        foreach (var c in chars)
        {
            if (char.IsLowSurrogate(c)) n++;
        }
        _surrogates += n;
        _lineSurrogates += n;
    }

    /// <summary>The characters already buffered from the current position on (may be empty before a refill).</summary>
    public ReadOnlySpan<char> Buffered => _buffer.AsSpan(_pos, _end - _pos);

    /// <summary>Makes sure at least <paramref name="count"/> characters are buffered unless the input ends first.</summary>
    public void EnsureBuffered(int count)
    {
        if (_end - _pos < count) FillAndPeek(count - 1);
    }

    /// <summary>Whether the next characters are <paramref name="text"/> (ordinal, or ASCII case-insensitive).</summary>
    public bool LookingAt(string text, bool ignoreCase = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = PeekAt(i);
            if (c == Eof) return false;
            if (c != text[i] && !(ignoreCase && char.ToLowerInvariant((char)c) == char.ToLowerInvariant(text[i]))) return false;
        }
        return true;
    }

    public RdfSyntaxException Error(string reason) => new(_sourceName, Position, reason);

    public RdfSyntaxException ErrorAt(TextPosition position, string reason) => new(_sourceName, position, reason);

    /// <summary>"expected X" with a description of what was found instead.</summary>
    public RdfSyntaxException Expected(string what)
    {
        var c = Peek();
        return Error($"expected {what}, found {Describe(c)}");
    }

    public static string Describe(int c) => c switch
    {
        Eof => "end of input",
        '\n' => "end of line",
        '\r' => "carriage return",
        '\t' => "tab",
        ' ' => "space",
        < 0x20 or 0x7F => $"U+{c:X4}",
        _ => $"'{(char)c}'",
    };

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FillAndPeek(int offset)
    {
        while (_pos + offset >= _end)
        {
            if (_eof) return Eof;
            _cancellation.ThrowIfCancellationRequested();
            if (_pos > 0)
            {
                var remaining = _end - _pos;
                Array.Copy(_buffer, _pos, _buffer, 0, remaining);
                _bufferOffset += _pos;
                _end = remaining;
                _pos = 0;
            }
            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _eof = true;
            else _end += read;
            if (!_started && _end > 0)
            {
                // A byte order mark that survived decoding is not content.
                _started = true;
                if (_buffer[0] == '\uFEFF')
                {
                    _pos = 1;
                    _lineStart = 1;
                    _byteOrderMark = 1;
                }
            }
        }
        return _buffer[_pos + offset];
    }
}
