namespace KgExport.Rdf;

/// <summary>
/// A place in a text, for error messages: the 1-based <see cref="Line"/> and <see cref="Column"/>, and the 0-based
/// <see cref="Offset"/> from the start of the text. Columns and offsets count Unicode code points, so an emoji (or any
/// other character outside the Basic Multilingual Plane, two UTF-16 units) is one, as an editor shows it and as a
/// Python string indexes it. LF, CR and CRLF each end a line; a leading byte order mark is not counted. The one
/// exception: RDF/XML in an encoding other than UTF-8 is decoded by the XML reader, which counts columns in UTF-16
/// units and does not tell the offset (-1).
/// </summary>
public readonly record struct TextPosition(int Line, int Column, long Offset)
{
    /// <summary>The first character of a text.</summary>
    public static TextPosition Start { get; } = new(1, 1, 0);

    /// <summary>Where the character at UTF-16 <paramref name="index"/> of <paramref name="text"/> is.</summary>
    public static TextPosition Of(string text, int index) => new TextPositionFinder(text).At(index);

    /// <summary>"line:column", as error messages show it.</summary>
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// The <see cref="TextPosition"/>s of UTF-16 indexes in one text. A parser asks in reading order, so each answer
/// counts on from the one before: the positions of all the tokens of a text cost one pass over it.
/// </summary>
public sealed class TextPositionFinder
{
    private readonly string _text;
    private readonly int _from;
    private int _index;
    private TextPosition _position = TextPosition.Start;

    public TextPositionFinder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _from = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _index = _from;
    }

    /// <summary>Where the character at UTF-16 <paramref name="index"/> is (the end of the text for an index past it).</summary>
    public TextPosition At(int index)
    {
        var end = Math.Clamp(index, _from, _text.Length);
        if (end < _index) (_index, _position) = (_from, TextPosition.Start);
        var (line, column, offset) = _position;
        for (var i = _index; i < end; i++)
        {
            var c = _text[i];
            // The second half of a surrogate pair belongs to the code point counted at the first.
            if (char.IsLowSurrogate(c) && i > _from && char.IsHighSurrogate(_text[i - 1])) continue;
            offset++;
            if (c == '\r' || (c == '\n' && (i == _from || _text[i - 1] != '\r')))
            {
                line++;
                column = 1;
            }
            else if (c != '\n')
            {
                column++;
            }
        }
        (_index, _position) = (end, new TextPosition(line, column, offset));
        return _position;
    }
}
