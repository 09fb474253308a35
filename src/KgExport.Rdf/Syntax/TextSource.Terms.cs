using System.Runtime.CompilerServices;
using System.Buffers;

namespace KgExport.Rdf.Syntax;

// Lexing of the tokens N-Triples, N-Quads, Turtle and TriG share: IRIREF, quoted strings with escapes,
// language tags and blank node labels. Each returns a span that is valid until the next read.
internal sealed partial class TextSource
{
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    /// <summary>Reads an IRIREF (the next character is '&lt;') and returns its unescaped text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> ReadIriRef(CharBuffer scratch)
    {
        Advance();
        EnsureBuffered(256);
        var window = Buffered;
        var stop = window.IndexOfAny(IriStops);
        if (stop >= 0 && window[stop] == '>')
        {
            AdvanceWithinLine(stop + 1);
            return window[..stop];
        }

        scratch.Clear();
        while (true)
        {
            var c = Peek();
            if (c == '>')
            {
                Advance();
                return scratch.Span;
            }
            if (c == '\\')
            {
                var at = Position;
                Advance();
                var u = Peek();
                if (u != 'u' && u != 'U') throw Error("expected \\u or \\U escape in IRI");
                var cp = ReadUnicodeEscape();
                if (CharClasses.IsForbiddenInIri(cp)) throw ErrorAt(at, $"escape for U+{cp:X4} is not allowed in an IRI");
                scratch.AppendCodePoint(cp);
                continue;
            }
            if (c == Eof) throw Error("unterminated IRI: expected '>'");
            if (CharClasses.IsForbiddenInIri(c)) throw Error($"{Describe(c)} is not allowed in an IRI");
            scratch.Append((char)c);
            Advance();
        }
    }

    /// <summary>
    /// Reads a quoted string (the next character is the quote). With <paramref name="terse"/>, single quotes and the
    /// long forms ("""...""", '''...''') are accepted too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> ReadString(CharBuffer scratch, bool terse)
    {
        var quote = (char)Peek();
        if (terse && PeekAt(1) == quote && PeekAt(2) == quote)
        {
            Advance();
            Advance();
            Advance();
            return ReadLongString(scratch, quote);
        }
        Advance();
        EnsureBuffered(256);
        var window = Buffered;
        var stop = window.IndexOfAny(quote == '"' ? DoubleQuoteStops : SingleQuoteStops);
        if (stop >= 0 && window[stop] == quote)
        {
            AdvanceWithinLine(stop + 1);
            return window[..stop];
        }

        scratch.Clear();
        while (true)
        {
            var c = Peek();
            if (c == quote)
            {
                Advance();
                return scratch.Span;
            }
            switch (c)
            {
                case '\\':
                    ReadEscape(scratch);
                    break;
                case Eof:
                    throw Error($"unterminated string: expected {quote}");
                case '\n' or '\r':
                    throw Error($"line break in a string: expected {quote} (use a long string or \\n)");
                default:
                    scratch.Append((char)c);
                    Advance();
                    break;
            }
        }
    }

    private ReadOnlySpan<char> ReadLongString(CharBuffer scratch, char quote)
    {
        scratch.Clear();
        while (true)
        {
            var c = Peek();
            if (c == quote)
            {
                if (PeekAt(1) == quote && PeekAt(2) == quote)
                {
                    Advance();
                    Advance();
                    Advance();
                    return scratch.Span;
                }
                scratch.Append(quote);
                Advance();
            }
            else if (c == '\\')
            {
                ReadEscape(scratch);
            }
            else if (c == Eof)
            {
                throw Error($"unterminated long string: expected {quote}{quote}{quote}");
            }
            else
            {
                scratch.Append((char)c);
                Advance();
            }
        }
    }

    /// <summary>Reads ECHAR or UCHAR (the next character is the backslash).</summary>
    private void ReadEscape(CharBuffer scratch)
    {
        Advance();
        var c = Peek();
        char plain;
        switch (c)
        {
            case 't': plain = '\t'; break;
            case 'b': plain = '\b'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 'f': plain = '\f'; break;
            case '"': plain = '"'; break;
            case '\'': plain = '\''; break;
            case '\\': plain = '\\'; break;
            case 'u' or 'U':
                scratch.AppendCodePoint(ReadUnicodeEscape());
                return;
            default:
                throw Error($"invalid escape \\{(c == Eof ? "" : ((char)c).ToString())}: expected one of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U");
        }
        scratch.Append(plain);
        Advance();
    }

    /// <summary>Reads the rest of \uXXXX or \UXXXXXXXX (the next character is u or U) and returns the code point.</summary>
    private int ReadUnicodeEscape()
    {
        var digits = Peek() == 'u' ? 4 : 8;
        Advance();
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var h = CharClasses.HexValue(Peek());
            if (h < 0) throw Error($"expected {digits} hexadecimal digits in \\{(digits == 4 ? 'u' : 'U')} escape");
            value = (value << 4) | h;
            Advance();
        }
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) throw Error($"escape \\U{value:X8} is not a Unicode scalar value");
        return value;
    }

    /// <summary>Reads LANGTAG (the next character is '@') and returns the tag without the '@'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> ReadLangTag(CharBuffer scratch)
    {
        Advance();
        scratch.Clear();
        if (!char.IsAsciiLetter((char)Math.Max(Peek(), 0))) throw Expected("a language tag");
        while (Peek() is var c && c >= 0 && char.IsAsciiLetter((char)c))
        {
            scratch.Append((char)c);
            Advance();
        }
        while (Peek() == '-')
        {
            var next = PeekAt(1);
            if (next < 0 || !char.IsAsciiLetterOrDigit((char)next))
            {
                Advance();
                throw Expected("letters or digits after '-' in a language tag");
            }
            scratch.Append('-');
            Advance();
            while (Peek() is var c && c >= 0 && char.IsAsciiLetterOrDigit((char)c))
            {
                scratch.Append((char)c);
                Advance();
            }
        }
        return scratch.Span;
    }

    /// <summary>Reads BLANK_NODE_LABEL (the next characters are "_:") and returns the label.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> ReadBlankNodeLabel(CharBuffer scratch)
    {
        Advance();
        if (Peek() != ':') throw Expected("':' after '_' in a blank node label");
        Advance();
        EnsureBuffered(128);
        var simple = SimpleLabelLength(Buffered);
        if (simple > 0)
        {
            var label = Buffered[..simple];
            AdvanceWithinLine(simple);
            return label;
        }
        scratch.Clear();
        var first = PeekCodePoint(0, out var width);
        if (!(CharClasses.IsPnCharsU(first) || (uint)(first - '0') <= 9)) throw Expected("a blank node label");
        TakeCodePoint(scratch, width);
        ReadNameTail(scratch, allowColon: false);
        return scratch.Span;
    }

    /// <summary>
    /// The length of an ASCII-only label at the start of the window when the character after it certainly ends it;
    /// 0 when the general path must decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SimpleLabelLength(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || !(char.IsAsciiLetterOrDigit(w[0]) || w[0] == '_')) return 0;
        var i = 1;
        while (i < w.Length)
        {
            var c = w[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-') i++;
            else if (c == '.' && i + 1 < w.Length && (char.IsAsciiLetterOrDigit(w[i + 1]) || w[i + 1] is '_' or '-')) i++;
            else break;
        }
        if (i >= w.Length) return 0;
        var stop = w[i];
        if (stop >= 0x80) return 0;
        if (stop == '.') return i + 1 < w.Length && w[i + 1] < 0x80 && w[i + 1] != '.' ? i : 0;
        return i;
    }

    /// <summary>
    /// Continues a name with (PN_CHARS | '.')* PN_CHARS: a '.' is taken only when a name character follows it.
    /// </summary>
    public void ReadNameTail(CharBuffer scratch, bool allowColon)
    {
        while (true)
        {
            var c = PeekCodePoint(0, out var width);
            if (CharClasses.IsPnChars(c) || (allowColon && c == ':'))
            {
                TakeCodePoint(scratch, width);
                continue;
            }
            if (c != '.') return;
            var k = 1;
            while (PeekAt(k) == '.') k++;
            var after = PeekCodePoint(k, out _);
            if (!(CharClasses.IsPnChars(after) || (allowColon && after == ':'))) return;
            for (var i = 0; i < k; i++)
            {
                scratch.Append('.');
                Advance();
            }
        }
    }

    /// <summary>The code point at the given lookahead offset (a surrogate pair is read whole); width 1 or 2.</summary>
    public int PeekCodePoint(int offset, out int width)
    {
        var c = PeekAt(offset);
        width = 1;
        if (c >= 0xD800 && c <= 0xDBFF)
        {
            var low = PeekAt(offset + 1);
            if (low >= 0xDC00 && low <= 0xDFFF)
            {
                width = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            }
        }
        return c;
    }

    public void TakeCodePoint(CharBuffer scratch, int width)
    {
        for (var i = 0; i < width; i++)
        {
            scratch.Append((char)Peek());
            Advance();
        }
    }
}
