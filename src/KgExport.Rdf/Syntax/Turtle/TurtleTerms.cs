using System.Text;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// Renders terms in Turtle/TriG: prefixed names where the local part is valid PN_LOCAL, IRIs relative to the base
/// where that is lossless, numbers and booleans in their short form only where the lexical form is exactly what the
/// grammar would produce, and long ("""...""") strings for multi-line text. Records which prefixes it used.
/// </summary>
internal sealed class TurtleTerms
{
    private readonly (string Prefix, string Namespace)[] _prefixes;
    private readonly RelativeIri? _base;
    private readonly IReadOnlyDictionary<string, string> _blankLabels;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly StringBuilder _scratch = new();

    private static readonly System.Buffers.SearchValues<char> QuotedSpecials = NTriplesFormatter.EscapedCharacters;

    public TurtleTerms(PrefixMap? prefixes, string? baseIri, IReadOnlyDictionary<string, string> blankLabels)
    {
        // Longest namespace first, so the most specific prefix wins; ties broken by label for determinism.
        _prefixes = (prefixes?.Entries ?? [])
            .Where(e => TurtleNames.IsValidPrefix(e.Key) && e.Value.Length > 0)
            .Select(e => (e.Key, e.Value))
            .OrderByDescending(e => e.Value.Length)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        _base = baseIri is null ? null : new RelativeIri(baseIri);
        _blankLabels = blankLabels;
    }

    /// <summary>Every prefix this renderer may use, by label (what a writer that cannot look ahead declares).</summary>
    public IEnumerable<(string Prefix, string Namespace)> DeclarablePrefixes =>
        _prefixes.OrderBy(p => p.Prefix, StringComparer.Ordinal);

    /// <summary>The prefixes rendered so far (label to namespace).</summary>
    public IEnumerable<(string Prefix, string Namespace)> UsedPrefixes =>
        _prefixes.Where(p => _used.Contains(p.Prefix)).OrderBy(p => p.Prefix, StringComparer.Ordinal);

    public void Append(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri: AppendIri(sb, iri.Value); break;
            case BlankNode b: sb.Append("_:").Append(_blankLabels.TryGetValue(b.Label, out var l) ? l : b.Label); break;
            case Literal lit: AppendLiteral(sb, lit); break;
            default: throw new ArgumentOutOfRangeException(nameof(term));
        }
    }

    public void AppendIri(StringBuilder sb, string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
        {
            if (!iri.StartsWith(ns, StringComparison.Ordinal)) continue;
            var mark = sb.Length;
            sb.Append(prefix).Append(':');
            if (TurtleNames.TryAppendLocal(sb, iri[ns.Length..]))
            {
                _used.Add(prefix);
                return;
            }
            sb.Length = mark;
        }
        CheckIri(iri);
        if (_base is not null && _base.TryRelativize(iri, out var relative))
        {
            sb.Append('<').Append(relative).Append('>');
            return;
        }
        sb.Append('<').Append(iri).Append('>');
    }

    public void AppendLiteral(StringBuilder sb, Literal literal)
    {
        if (IsShortForm(literal))
        {
            sb.Append(literal.LexicalForm);
            return;
        }
        AppendQuoted(sb, literal.LexicalForm);
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (!literal.IsSimple)
        {
            sb.Append("^^").Append(DatatypeText(literal.Datatype.Value));
        }
    }

    /// <summary>Records the prefix a literal's datatype would use, without rendering the literal.</summary>
    public void NoteLiteral(Literal literal)
    {
        if (literal.Language is null && !literal.IsSimple && !IsShortForm(literal)) DatatypeText(literal.Datatype.Value);
    }

    private readonly Dictionary<string, string> _datatypes = new(StringComparer.Ordinal);

    private string DatatypeText(string iri)
    {
        if (_datatypes.TryGetValue(iri, out var text)) return text;
        _scratch.Clear();
        AppendIri(_scratch, iri);
        return _datatypes[iri] = _scratch.ToString();
    }

    private static bool IsShortForm(Literal literal)
    {
        if (literal.Language is not null) return false;
        var lexical = literal.LexicalForm;
        var datatype = literal.Datatype.Value;
        return (datatype == Vocab.Xsd.Integer.Value && IsInteger(lexical))
            || (datatype == Vocab.Xsd.Decimal.Value && IsDecimal(lexical))
            || (datatype == Vocab.Xsd.Double.Value && IsDouble(lexical))
            || (datatype == Vocab.Xsd.Boolean.Value && lexical is "true" or "false");
    }

    private static void AppendQuoted(StringBuilder sb, string text)
    {
        // Multi-line text reads better as a long string; everything else uses the short form.
        var isLong = text.Contains('\n', StringComparison.Ordinal);
        sb.Append(isLong ? "\"\"\"" : "\"");
        var span = text.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            var plain = span[i..].IndexOfAny(QuotedSpecials);
            if (plain < 0)
            {
                sb.Append(span[i..]);
                break;
            }
            sb.Append(span.Slice(i, plain));
            i += plain;
            var c = text[i];
            switch (c)
            {
                case '\n' when isLong: sb.Append('\n'); break;
                case '"' when isLong:
                    // Inside """ a quote only needs escaping if it could close the string.
                    if (i + 1 == text.Length || text[i + 1] == '"') sb.Append("\\\"");
                    else sb.Append('"');
                    break;
                default:
                    if (NTriplesFormatter.EscapeOf(c) is { } escape) sb.Append(escape);
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append(isLong ? "\"\"\"" : "\"");
    }

    private static void CheckIri(string iri)
    {
        foreach (var c in iri)
        {
            if (CharClasses.IsForbiddenInIri(c) || c == 0x7F)
            {
                throw new RdfWriteException($"The IRI <{iri}> contains a character (space, control, or one of <>\"{{}}|^`\\) that RDF syntaxes cannot carry.");
            }
        }
    }

    // INTEGER: [+-]? [0-9]+
    internal static bool IsInteger(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return i < s.Length && Digits(s, ref i) > 0 && i == s.Length;
    }

    // DECIMAL: [+-]? [0-9]* '.' [0-9]+
    internal static bool IsDecimal(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        Digits(s, ref i);
        if (i >= s.Length || s[i] != '.') return false;
        i++;
        return Digits(s, ref i) > 0 && i == s.Length;
    }

    // DOUBLE: [+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT), EXPONENT: [eE] [+-]? [0-9]+
    internal static bool IsDouble(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        var whole = Digits(s, ref i);
        var fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fraction = Digits(s, ref i);
        }
        if (whole == 0 && fraction == 0) return false;
        if (i >= s.Length || s[i] is not ('e' or 'E')) return false;
        i++;
        if (i < s.Length && s[i] is '+' or '-') i++;
        return Digits(s, ref i) > 0 && i == s.Length;
    }

    private static int Digits(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && (uint)(s[i] - '0') <= 9) i++;
        return i - start;
    }
}
