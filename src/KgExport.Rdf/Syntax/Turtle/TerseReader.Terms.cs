using System.Runtime.CompilerServices;
using System.Globalization;

namespace KgExport.Rdf.Syntax;

// Terms of the terse syntaxes: IRIs (resolved against the base), prefixed names, blank nodes, literals.
internal sealed partial class TerseReader
{
    private static readonly Literal TrueLiteral = new("true", Vocab.Xsd.Boolean);
    private static readonly Literal FalseLiteral = new("false", Vocab.Xsd.Boolean);

    // Characters a PN_LOCAL_ESC backslash may precede.
    private const string LocalEscapable = "_~.-!$&'()*+,;=/?#@%";

    // Generated blank nodes are "anon<digits>"; a document label starting with "anon" is kept apart as "anon_<label>".
    private const string GeneratedLabel = "anon";

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _namespaceLookup;
    private readonly CharBuffer _token = new();
    private readonly CharBuffer _local = new();
    private readonly CharBuffer _lexical = new();
    private readonly TermCache<Iri> _iriRefs = new();
    private readonly TermCache<Iri> _prefixedNames = new();
    private readonly TermCache<BlankNode> _blankNodes = new();
    private readonly TermCache<string> _languages = new(1024);
    private long _generated;

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ReadIriRef()
    {
        var at = _src.Position;
        var text = _src.ReadIriRef(_token);
        if (_iriRefs.TryGet(text, out var iri)) return iri;
        string value;
        if (IriResolver.HasScheme(text))
        {
            value = text.ToString();
        }
        else
        {
            if (_base is null) throw _src.ErrorAt(at, $"relative IRI <{text}> with no base IRI");
            try
            {
                value = IriResolver.Resolve(_base, text.ToString());
            }
            catch (ArgumentException e)
            {
                throw _src.ErrorAt(at, $"cannot resolve <{text}>: {e.Message}");
            }
        }
        iri = new Iri(value);
        _iriRefs.Add(text, iri);
        return iri;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ReadPrefixedName()
    {
        var at = _src.Position;
        return ReadPrefixedNameOrKeyword(out var keyword)
            ?? throw _src.ErrorAt(at, $"expected a prefixed name, found '{keyword}'");
    }

    /// <summary>
    /// Reads PNAME_LN / PNAME_NS. When the name has no colon it is a bare word (a, true, false, ...): returns null
    /// and the word in <paramref name="keyword"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri? ReadPrefixedNameOrKeyword(out string keyword)
    {
        var fast = TryReadSimplePrefixedName(out keyword);
        if (fast is not null || keyword.Length > 0) return fast;
        return ReadPrefixedNameOrKeywordSlowly(out keyword);
    }

    /// <summary>
    /// The common case straight from the buffer: an ASCII name without escapes or percent codes, fully buffered and
    /// followed by a character that cannot continue it. Returns null with an empty keyword when it cannot decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri? TryReadSimplePrefixedName(out string keyword)
    {
        keyword = "";
        _src.EnsureBuffered(256);
        var w = _src.Buffered;
        var i = 0;
        if (w.Length == 0 || !char.IsAsciiLetter(w[0])) goto Colon;
        i = 1;
        while (i < w.Length)
        {
            var c = w[i];
            if (IsSimpleNameChar(c)) i++;
            else if (c == '.' && i + 1 < w.Length && IsSimpleNameChar(w[i + 1])) i++;
            else break;
        }
    Colon:
        if (i >= w.Length) return null;
        var prefixLength = i;
        if (w[i] != ':')
        {
            if (prefixLength == 0 || !EndsSimpleName(w, i)) return null;
            keyword = prefixLength == 1 && w[0] == 'a' ? "a" : w[..i].ToString();
            _src.AdvanceWithinLine(i);
            return null;
        }
        i++;
        if (i < w.Length && (IsSimpleNameChar(w[i]) && w[i] != '-' || w[i] == ':'))
        {
            i++;
            while (i < w.Length)
            {
                var c = w[i];
                if (IsSimpleNameChar(c) || c == ':') i++;
                else if (c == '.' && i + 1 < w.Length && (IsSimpleNameChar(w[i + 1]) || w[i + 1] == ':')) i++;
                else break;
            }
        }
        if (i >= w.Length || !EndsSimpleName(w, i)) return null;
        var raw = w[..i];
        if (!_prefixedNames.TryGet(raw, out var iri))
        {
            if (!_namespaceLookup.TryGetValue(raw[..prefixLength], out var ns)) return null;
            iri = new Iri(string.Concat(ns, raw[(prefixLength + 1)..]));
            _prefixedNames.Add(raw, iri);
        }
        _src.AdvanceWithinLine(i);
        return iri;
    }

    private static bool IsSimpleNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Whether the character at <paramref name="i"/> certainly ends a name (the slow path would stop too).</summary>
    private static bool EndsSimpleName(ReadOnlySpan<char> w, int i)
    {
        var c = w[i];
        if (c >= 0x80 || c is '%' or '\\' or ':') return false;
        if (c != '.') return true;
        return i + 1 < w.Length && w[i + 1] < 0x80 && w[i + 1] is not ('.' or '%' or '\\' or ':') && !IsSimpleNameChar(w[i + 1]);
    }

    private Iri? ReadPrefixedNameOrKeywordSlowly(out string keyword)
    {
        var at = _src.Position;
        _token.Clear();
        var first = _src.PeekCodePoint(0, out var width);
        if (CharClasses.IsPnCharsBase(first))
        {
            _src.TakeCodePoint(_token, width);
            _src.ReadNameTail(_token, allowColon: false);
        }
        if (_src.Peek() != ':')
        {
            keyword = _token.ToString();
            return null;
        }
        keyword = "";
        var prefixLength = _token.Length;
        _token.Append(':');
        _src.Advance();
        ReadLocalName();

        var raw = _token.Span;
        if (_prefixedNames.TryGet(raw, out var iri)) return iri;
        if (!_namespaceLookup.TryGetValue(raw[..prefixLength], out var ns))
        {
            throw _src.ErrorAt(at, $"undefined prefix '{raw[..prefixLength]}:'");
        }
        iri = new Iri(string.Concat(ns, _local.Span));
        _prefixedNames.Add(raw, iri);
        return iri;
    }

    /// <summary>PN_LOCAL: the raw text goes to the token (for the cache), the unescaped text to the local buffer.</summary>
    private void ReadLocalName()
    {
        _local.Clear();
        var first = true;
        while (true)
        {
            var c = _src.PeekCodePoint(0, out var width);
            if (first ? CharClasses.IsPnCharsU(c) || c == ':' || (uint)(c - '0') <= 9 : CharClasses.IsPnChars(c) || c == ':')
            {
                for (var i = 0; i < width; i++)
                {
                    var ch = (char)_src.Peek();
                    _token.Append(ch);
                    _local.Append(ch);
                    _src.Advance();
                }
            }
            else if (c == '%')
            {
                if (CharClasses.HexValue(_src.PeekAt(1)) < 0 || CharClasses.HexValue(_src.PeekAt(2)) < 0)
                {
                    _src.Advance();
                    throw _src.Expected("two hexadecimal digits after '%' in a local name");
                }
                for (var i = 0; i < 3; i++)
                {
                    var ch = (char)_src.Peek();
                    _token.Append(ch);
                    _local.Append(ch);
                    _src.Advance();
                }
            }
            else if (c == '\\')
            {
                var escaped = _src.PeekAt(1);
                if (escaped < 0 || !LocalEscapable.Contains((char)escaped))
                {
                    _src.Advance();
                    throw _src.Expected("one of _~.-!$&'()*+,;=/?#@% after '\\' in a local name");
                }
                _token.Append('\\');
                _token.Append((char)escaped);
                _local.Append((char)escaped);
                _src.Advance();
                _src.Advance();
            }
            else if (c == '.' && !first)
            {
                var k = 1;
                while (_src.PeekAt(k) == '.') k++;
                var after = _src.PeekCodePoint(k, out _);
                if (!(CharClasses.IsPnChars(after) || after is ':' or '%' or '\\')) return;
                for (var i = 0; i < k; i++)
                {
                    _token.Append('.');
                    _local.Append('.');
                    _src.Advance();
                }
            }
            else
            {
                return;
            }
            first = false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ReadBlankNodeLabel()
    {
        var label = _src.ReadBlankNodeLabel(_token);
        if (_blankNodes.TryGet(label, out var node)) return node;
        var name = label.StartsWith(GeneratedLabel, StringComparison.Ordinal)
            ? string.Concat(_blankPrefix, GeneratedLabel, "_", label)
            : string.Concat(_blankPrefix, label);
        node = new BlankNode(name);
        _blankNodes.Add(label, node);
        return node;
    }

    private BlankNode NewBlankNode() =>
        new(string.Concat(_blankPrefix, GeneratedLabel, (++_generated).ToString(CultureInfo.InvariantCulture)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ReadLiteral()
    {
        var lexical = _src.ReadString(_lexical, terse: true).ToString();
        var c = _src.Peek();
        if (c == '@')
        {
            var tag = _src.ReadLangTag(_token);
            if (!_languages.TryGet(tag, out var language))
            {
                language = tag.ToString();
                _languages.Add(tag, language);
            }
            return Literal.WithLanguage(lexical, language);
        }
        if (c == '^' && _src.PeekAt(1) == '^')
        {
            _src.Advance();
            _src.Advance();
            var at = _src.Position;
            var next = _src.Peek();
            Iri datatype = next == '<' ? ReadIriRef()
                : IsPrefixedNameStart(next) ? ReadPrefixedName()
                : throw _src.Expected("a datatype IRI after '^^'");
            if (datatype.Value == Vocab.Rdf.LangString.Value) throw _src.ErrorAt(at, "rdf:langString needs a language tag, not a datatype");
            return datatype.Value == Vocab.Xsd.String.Value ? new Literal(lexical) : Literal.Typed(lexical, datatype);
        }
        return new Literal(lexical);
    }

    /// <summary>INTEGER, DECIMAL or DOUBLE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ReadNumber()
    {
        _token.Clear();
        var c = _src.Peek();
        if (c is '+' or '-')
        {
            _token.Append((char)c);
            _src.Advance();
        }
        var integerDigits = TakeDigits();
        var datatype = Vocab.Xsd.Integer;
        if (_src.Peek() == '.' && IsDigit(_src.PeekAt(1)))
        {
            _token.Append('.');
            _src.Advance();
            TakeDigits();
            datatype = Vocab.Xsd.Decimal;
        }
        else if (_src.Peek() == '.' && integerDigits > 0 && IsExponentAt(1))
        {
            _token.Append('.');
            _src.Advance();
        }
        else if (integerDigits == 0)
        {
            throw _src.Expected("a digit in the number");
        }
        if (IsExponentAt(0))
        {
            _token.Append((char)_src.Peek());
            _src.Advance();
            if (_src.Peek() is '+' or '-')
            {
                _token.Append((char)_src.Peek());
                _src.Advance();
            }
            TakeDigits();
            datatype = Vocab.Xsd.Double;
        }
        return new Literal(_token.ToString(), datatype);
    }

    private bool IsExponentAt(int offset)
    {
        if (_src.PeekAt(offset) is not ('e' or 'E')) return false;
        var next = _src.PeekAt(offset + 1);
        return IsDigit(next) || (next is '+' or '-' && IsDigit(_src.PeekAt(offset + 2)));
    }

    private int TakeDigits()
    {
        var count = 0;
        while (IsDigit(_src.Peek()))
        {
            _token.Append((char)_src.Peek());
            _src.Advance();
            count++;
        }
        return count;
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;
}
