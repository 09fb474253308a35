namespace KgExport.Rdf.Syntax;

/// <summary>
/// A pass-through reader under the XML reader that remembers where lines start and where characters outside the
/// Basic Multilingual Plane are, so that the XML reader's positions (lines, and columns in UTF-16 units) become
/// <see cref="TextPosition"/>s in code points. The XML reader reads ahead, so the whole text read so far is mapped;
/// the cost is one number per line and one pair per astral character.
/// </summary>
internal sealed class XmlLineMap(TextReader inner) : TextReader
{
    private readonly List<long> _lineStarts = [0];
    private readonly List<(int Line, int Column)> _secondHalves = [];
    private int _line = 1;
    private int _column = 1;
    private long _codePoints;
    private bool _afterCarriageReturn;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Scan([(char)c]);
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = inner.Read(buffer, index, count);
        Scan(buffer.AsSpan(index, n));
        return n;
    }

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Scan(buffer[..n]);
        return n;
    }

    /// <summary>The position of the XML reader's 1-based <paramref name="line"/> and UTF-16 <paramref name="column"/>.</summary>
    public TextPosition At(int line, int column)
    {
        line = Math.Clamp(line, 1, _lineStarts.Count);
        column = Math.Max(1, column);
        var halves = 0;
        foreach (var (l, c) in _secondHalves)
        {
            if (l == line && c < column) halves++;
        }
        var codePointColumn = column - halves;
        return new TextPosition(line, codePointColumn, _lineStarts[line - 1] + codePointColumn - 1);
    }

    private void Scan(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (char.IsLowSurrogate(c))
            {
                _secondHalves.Add((_line, _column));
                _column++;
                continue;
            }
            _codePoints++;
            if (c == '\n' && _afterCarriageReturn)
            {
                // The LF of a CRLF: the line was counted at the CR and starts after the LF.
                _lineStarts[^1] = _codePoints;
            }
            else if (c is '\n' or '\r')
            {
                _line++;
                _column = 1;
                _lineStarts.Add(_codePoints);
            }
            else
            {
                _column++;
            }
            _afterCarriageReturn = c == '\r';
        }
    }
}
