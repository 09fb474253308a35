using System.Text;
using KgExport.Rdf;

namespace KgExport.Sparql.Syntax;

/// <summary>Splits SPARQL text into tokens, each with the UTF-16 index it starts at (a <see cref="TextPosition"/> for errors).</summary>
internal sealed class SparqlLexer
{
    private readonly string _text;
    private int _pos;

    public SparqlLexer(string text)
    {
        _text = text;
    }

    public static List<Token> Tokenize(string text)
    {
        var lexer = new SparqlLexer(text);
        var tokens = new List<Token>();
        while (true)
        {
            var t = lexer.Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.End) return tokens;
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private SparqlSyntaxException Error(string reason) => ErrorAt(_pos, reason);

    private SparqlSyntaxException ErrorAt(int index, string reason) => new(TextPosition.Of(_text, index), reason);

    private void SkipSpaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else
            {
                return;
            }
        }
    }

    public Token Next()
    {
        SkipSpaceAndComments();
        var at = _pos;
        if (_pos >= _text.Length) return new Token(TokenKind.End, "", at);
        var c = _text[_pos];
        Token Make(TokenKind k, string text, string? prefix = null) => new(k, text, at, prefix);

        switch (c)
        {
            case '<':
                if (TryIriRef(out var iri)) return Make(TokenKind.IriRef, iri);
                if (Peek(1) == '=') { _pos += 2; return Make(TokenKind.Punct, "<="); }
                _pos++;
                return Make(TokenKind.Punct, "<");
            case '>':
                if (Peek(1) == '=') { _pos += 2; return Make(TokenKind.Punct, ">="); }
                _pos++;
                return Make(TokenKind.Punct, ">");
            case '?' or '$':
                if (IsVarStart(Peek(1)))
                {
                    _pos++;
                    var start = _pos;
                    while (_pos < _text.Length && IsVarChar(_text[_pos])) _pos++;
                    return Make(TokenKind.Variable, _text[start.._pos]);
                }
                if (c == '$') throw Error("expected a variable name after '$'");
                _pos++;
                return Make(TokenKind.Punct, "?");
            case '"' or '\'':
                return Make(TokenKind.String, ReadString(c));
            case '@':
            {
                _pos++;
                var start = _pos;
                while (_pos < _text.Length && (char.IsAsciiLetter(_text[_pos]))) _pos++;
                if (_pos == start) throw Error("expected a language tag after '@'");
                while (_pos < _text.Length && _text[_pos] == '-' && _pos + 1 < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos + 1]))
                {
                    _pos++;
                    while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos])) _pos++;
                }
                return Make(TokenKind.LangTag, _text[start.._pos]);
            }
            case '_' when Peek(1) == ':':
            {
                _pos += 2;
                var start = _pos;
                if (!(IsPnCharsU(Peek()) || char.IsAsciiDigit(Peek()))) throw Error("expected a blank node label after '_:'");
                _pos++;
                while (_pos < _text.Length && (IsPnChars(_text[_pos]) || (_text[_pos] == '.' && IsPnChars(Peek(1)))))
                    _pos++;
                return Make(TokenKind.BlankNodeLabel, _text[start.._pos]);
            }
            case '^':
                if (Peek(1) == '^') { _pos += 2; return Make(TokenKind.Punct, "^^"); }
                _pos++;
                return Make(TokenKind.Punct, "^");
            case '|':
                if (Peek(1) == '|') { _pos += 2; return Make(TokenKind.Punct, "||"); }
                _pos++;
                return Make(TokenKind.Punct, "|");
            case '&':
                if (Peek(1) == '&') { _pos += 2; return Make(TokenKind.Punct, "&&"); }
                throw Error("expected '&&'");
            case '!':
                if (Peek(1) == '=') { _pos += 2; return Make(TokenKind.Punct, "!="); }
                _pos++;
                return Make(TokenKind.Punct, "!");
            case '{' or '}' or '(' or ')' or '[' or ']' or ',' or ';' or '*' or '+' or '-' or '/' or '=':
                _pos++;
                return Make(TokenKind.Punct, c.ToString());
            case '.':
                if (char.IsAsciiDigit(Peek(1))) return ReadNumber(at);
                _pos++;
                return Make(TokenKind.Punct, ".");
        }
        if (char.IsAsciiDigit(c)) return ReadNumber(at);
        if (c == ':' || IsPnCharsBase(c))
        {
            var start = _pos;
            // A prefix (possibly empty) then ':'; otherwise a bare word (keyword, function name, 'a', true/false).
            if (c != ':')
            {
                _pos++;
                while (_pos < _text.Length && (IsPnChars(_text[_pos]) || (_text[_pos] == '.' && (IsPnChars(Peek(1)) || Peek(1) == ':'))))
                    _pos++;
            }
            if (Peek() == ':')
            {
                var prefix = _text[start.._pos];
                _pos++;
                var local = ReadLocalName();
                return Make(TokenKind.PrefixedName, local, prefix);
            }
            var word = _text[start.._pos];
            if (word.Contains('.')) throw ErrorAt(at, $"unexpected '{word}'");
            return Make(TokenKind.Word, word);
        }
        throw Error($"unexpected character '{c}'");
    }

    private Token ReadNumber(int at)
    {
        var start = _pos;
        while (char.IsAsciiDigit(Peek())) _pos++;
        var kind = TokenKind.Integer;
        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || IsExponent(1)))
        {
            kind = TokenKind.Decimal;
            _pos++;
            while (char.IsAsciiDigit(Peek())) _pos++;
        }
        if (Peek() is 'e' or 'E')
        {
            var save = _pos;
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (char.IsAsciiDigit(Peek()))
            {
                while (char.IsAsciiDigit(Peek())) _pos++;
                kind = TokenKind.Double;
            }
            else
            {
                _pos = save;
            }
        }
        return new Token(kind, _text[start.._pos], at);
    }

    private bool IsExponent(int ahead) => Peek(ahead) is 'e' or 'E' && (char.IsAsciiDigit(Peek(ahead + 1)) || (Peek(ahead + 1) is '+' or '-' && char.IsAsciiDigit(Peek(ahead + 2))));

    private string ReadLocalName()
    {
        var sb = new StringBuilder();
        var first = true;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\')
            {
                var e = Peek(1);
                if ("_~.-!$&'()*+,;=/?#@%".Contains(e))
                {
                    sb.Append(e);
                    _pos += 2;
                    first = false;
                    continue;
                }
                throw Error($"invalid escape '\\{e}' in a prefixed name");
            }
            if (c == '%')
            {
                if (!char.IsAsciiHexDigit(Peek(1)) || !char.IsAsciiHexDigit(Peek(2))) throw Error("expected two hex digits after '%'");
                sb.Append(_text, _pos, 3);
                _pos += 3;
                first = false;
                continue;
            }
            var ok = first ? IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c) : IsPnChars(c) || c == ':' || c == '.';
            if (!ok) break;
            if (c == '.')
            {
                // A local name never ends with '.'.
                var n = Peek(1);
                if (!(IsPnChars(n) || n == ':' || n == '%' || n == '\\' || n == '.')) break;
                if (n == '.')
                {
                    var k = _pos;
                    while (k < _text.Length && _text[k] == '.') k++;
                    if (k >= _text.Length || !(IsPnChars(_text[k]) || _text[k] == ':' || _text[k] == '%' || _text[k] == '\\')) break;
                }
            }
            if (char.IsHighSurrogate(c) && _pos + 1 < _text.Length)
            {
                sb.Append(c).Append(_text[_pos + 1]);
                _pos += 2;
            }
            else
            {
                sb.Append(c);
                _pos++;
            }
            first = false;
        }
        return sb.ToString();
    }

    private bool TryIriRef(out string iri)
    {
        var i = _pos + 1;
        var sb = new StringBuilder();
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '>')
            {
                _pos = i + 1;
                iri = sb.ToString();
                return true;
            }
            if (c == '\\' && i + 1 < _text.Length && _text[i + 1] is 'u' or 'U')
            {
                var len = _text[i + 1] == 'u' ? 4 : 8;
                if (i + 2 + len > _text.Length || !int.TryParse(_text.AsSpan(i + 2, len), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var cp)
                    || cp is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                    break;
                sb.Append(char.ConvertFromUtf32(cp));
                i += 2 + len;
                continue;
            }
            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\') break;
            sb.Append(c);
            i++;
        }
        iri = "";
        return false;
    }

    private string ReadString(char quote)
    {
        var start = _pos;
        var longForm = Peek(1) == quote && Peek(2) == quote;
        _pos += longForm ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw ErrorAt(start, "unterminated string");
            var c = _text[_pos];
            if (longForm)
            {
                if (c == quote && Peek(1) == quote && Peek(2) == quote)
                {
                    // A long string may end with up to two quote characters before the closing three.
                    while (Peek(3) == quote) { sb.Append(quote); _pos++; }
                    _pos += 3;
                    return sb.ToString();
                }
            }
            else
            {
                if (c == quote) { _pos++; return sb.ToString(); }
                if (c is '\n' or '\r') throw Error("line break in a short string");
            }
            if (c == '\\')
            {
                var e = Peek(1);
                _pos += 2;
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case '"': sb.Append('"'); break;
                    case '\'': sb.Append('\''); break;
                    case '\\': sb.Append('\\'); break;
                    case 'u' or 'U':
                    {
                        var len = e == 'u' ? 4 : 8;
                        if (_pos + len > _text.Length || !int.TryParse(_text.AsSpan(_pos, len), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var cp) || cp is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                            throw Error("invalid \\u escape");
                        sb.Append(char.ConvertFromUtf32(cp));
                        _pos += len;
                        break;
                    }
                    default:
                        _pos -= 2;
                        throw Error($"invalid escape '\\{e}'");
                }
                continue;
            }
            sb.Append(c);
            _pos++;
        }
    }

    private static bool IsVarStart(char c) => IsPnCharsU(c) || char.IsAsciiDigit(c);

    private static bool IsVarChar(char c) => IsPnCharsU(c) || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040');

    private static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
        || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
        || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
        || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD') || char.IsSurrogate(c);

    private static bool IsPnCharsU(char c) => IsPnCharsBase(c) || c == '_';

    private static bool IsPnChars(char c) => IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == '\u00B7' || (c >= '\u0300' && c <= '\u036F') || (c >= '\u203F' && c <= '\u2040');
}
