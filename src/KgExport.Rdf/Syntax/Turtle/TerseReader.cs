using System.Runtime.CompilerServices;
namespace KgExport.Rdf.Syntax;

/// <summary>
/// The recursive-descent reader shared by Turtle and TriG. <see cref="ReadStatement"/> reads one directive, one
/// triples statement, or one graph-block boundary, and appends the statement's quads to the output list, so the
/// caller can stream them out between statements. Graph blocks are a state, not a recursion, so a huge graph
/// block still streams.
/// </summary>
internal sealed partial class TerseReader
{
    private readonly TextSource _src;
    private readonly bool _allowGraphs;
    private readonly string _blankPrefix;
    private readonly PrefixMap _prefixes;
    private readonly Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);
    private readonly List<Quad> _output;
    private string? _base;
    private Term? _graph;
    private bool _inGraphBlock;
    private int _depth;

    public TerseReader(TextSource source, ParserOptions options, bool allowGraphs, PrefixMap prefixes, List<Quad> output)
    {
        _src = source;
        _allowGraphs = allowGraphs;
        _blankPrefix = options.BlankNodePrefix;
        _prefixes = prefixes;
        _output = output;
        _base = options.BaseIri;
        _namespaceLookup = _namespaces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string? BaseIri => _base;

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    /// <summary>Reads the next statement; false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ReadStatement()
    {
        SkipWhitespace();
        var c = _src.Peek();
        if (_inGraphBlock)
        {
            if (c == '}')
            {
                _src.Advance();
                _inGraphBlock = false;
                _graph = null;
                return true;
            }
            if (c == TextSource.Eof) throw _src.Expected("'}' to close the graph block");
            ReadTriples();
            SkipWhitespace();
            c = _src.Peek();
            if (c == '.') _src.Advance();
            else if (c != '}') throw _src.Expected("'.' or '}'");
            return true;
        }

        if (c == TextSource.Eof) return false;
        if (c == '@')
        {
            ReadAtDirective();
            return true;
        }
        if (IsKeyword("PREFIX"))
        {
            AdvanceBy(6);
            ReadPrefixDeclaration();
            return true;
        }
        if (IsKeyword("BASE"))
        {
            AdvanceBy(4);
            ReadBaseDeclaration();
            return true;
        }
        if (_allowGraphs)
        {
            ReadTriGBlock();
            return true;
        }
        if (c == '{') throw _src.Error("graph blocks '{ }' are TriG, not Turtle: expected a subject");
        ReadTriples();
        ExpectStatementEnd();
        return true;
    }

    private void ReadAtDirective()
    {
        if (_src.LookingAt("@prefix") && !IsLangTagContinuation(_src.PeekAt(7)))
        {
            AdvanceBy(7);
            ReadPrefixDeclaration();
            ExpectStatementEnd();
        }
        else if (_src.LookingAt("@base") && !IsLangTagContinuation(_src.PeekAt(5)))
        {
            AdvanceBy(5);
            ReadBaseDeclaration();
            ExpectStatementEnd();
        }
        else
        {
            throw _src.Error("expected @prefix or @base");
        }
    }

    private void ReadPrefixDeclaration()
    {
        SkipWhitespace();
        var prefix = ReadPrefixLabel();
        SkipWhitespace();
        if (_src.Peek() != '<') throw _src.Expected("a namespace IRI in angle brackets");
        var ns = ReadIriRef();
        _namespaces[prefix] = ns.Value;
        _prefixes.Set(prefix, ns.Value);
        _prefixedNames.Clear();
    }

    private void ReadBaseDeclaration()
    {
        SkipWhitespace();
        if (_src.Peek() != '<') throw _src.Expected("a base IRI in angle brackets");
        _base = ReadIriRef().Value;
        _iriRefs.Clear();
    }

    /// <summary>PNAME_NS of a prefix declaration: an optional PN_PREFIX and the colon.</summary>
    private string ReadPrefixLabel()
    {
        _token.Clear();
        var first = _src.PeekCodePoint(0, out var width);
        if (CharClasses.IsPnCharsBase(first))
        {
            _src.TakeCodePoint(_token, width);
            _src.ReadNameTail(_token, allowColon: false);
        }
        if (_src.Peek() != ':') throw _src.Expected("a prefix name followed by ':'");
        _src.Advance();
        return _token.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ExpectStatementEnd()
    {
        SkipWhitespace();
        if (_src.Peek() != '.') throw _src.Expected("'.' at the end of the statement");
        _src.Advance();
    }

    /// <summary>TriG's top level: a graph block (with or without a name or GRAPH keyword) or a triples statement.</summary>
    private void ReadTriGBlock()
    {
        var c = _src.Peek();
        if (c == '{')
        {
            _src.Advance();
            OpenGraph(null);
            return;
        }
        if (IsKeyword("GRAPH"))
        {
            AdvanceBy(5);
            SkipWhitespace();
            var label = ReadGraphLabel();
            SkipWhitespace();
            if (_src.Peek() != '{') throw _src.Expected("'{' after the graph name");
            _src.Advance();
            OpenGraph(label);
            return;
        }

        Term subject;
        switch (c)
        {
            case '[':
                if (!IsAnon())
                {
                    ReadTriples();
                    ExpectStatementEnd();
                    return;
                }
                subject = ReadAnon();
                break;
            case '(':
                ReadTriples();
                ExpectStatementEnd();
                return;
            default:
                subject = ReadSubjectTerm();
                break;
        }
        SkipWhitespace();
        if (_src.Peek() == '{')
        {
            _src.Advance();
            OpenGraph(subject);
            return;
        }
        ReadPredicateObjectList(subject);
        ExpectStatementEnd();
    }

    private void OpenGraph(Term? label)
    {
        _graph = label;
        _inGraphBlock = true;
    }

    private Term ReadGraphLabel() => _src.Peek() switch
    {
        '<' => ReadIriRef(),
        '_' => ReadBlankNodeLabel(),
        '[' when IsAnon() => ReadAnon(),
        _ => IsPrefixedNameStart(_src.Peek()) ? ReadPrefixedName() : throw _src.Expected("a graph name (IRI or blank node)"),
    };

    /// <summary>triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadTriples()
    {
        var c = _src.Peek();
        if (c == '[' && !IsAnon())
        {
            var node = ReadBlankNodePropertyList();
            SkipWhitespace();
            if (IsVerbStart(_src.Peek())) ReadPredicateObjectList(node);
            return;
        }
        var subject = c == '(' ? ReadCollection() : ReadSubjectTerm();
        ReadPredicateObjectList(subject);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ReadSubjectTerm()
    {
        var c = _src.Peek();
        switch (c)
        {
            case '<': return ReadIriRef();
            case '_': return ReadBlankNodeLabel();
            case '[' when IsAnon(): return ReadAnon();
            case '(': return ReadCollection();
        }
        if (IsPrefixedNameStart(c))
        {
            var at = _src.Position;
            var iri = ReadPrefixedNameOrKeyword(out var keyword);
            if (iri is not null) return iri;
            throw _src.ErrorAt(at, $"expected a subject, found '{keyword}'");
        }
        throw _src.Expected("a subject (IRI, blank node or collection)");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadPredicateObjectList(Term subject)
    {
        while (true)
        {
            SkipWhitespace();
            var predicate = ReadVerb();
            ReadObjectList(subject, predicate);
            SkipWhitespace();
            if (_src.Peek() != ';') return;
            while (_src.Peek() == ';')
            {
                _src.Advance();
                SkipWhitespace();
            }
            if (!IsVerbStart(_src.Peek())) return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            SkipWhitespace();
            var obj = ReadObject();
            _output.Add(new Quad(subject, predicate, obj, _graph));
            SkipWhitespace();
            if (_src.Peek() != ',') return;
            _src.Advance();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ReadVerb()
    {
        var c = _src.Peek();
        if (c == '<') return ReadIriRef();
        if (IsPrefixedNameStart(c))
        {
            var at = _src.Position;
            var iri = ReadPrefixedNameOrKeyword(out var keyword);
            if (iri is not null) return iri;
            if (keyword == "a") return Vocab.Rdf.Type;
            throw _src.ErrorAt(at, $"expected a predicate, found '{keyword}'");
        }
        throw _src.Expected("a predicate (IRI or 'a')");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ReadObject()
    {
        var c = _src.Peek();
        switch (c)
        {
            case '<': return ReadIriRef();
            case '_': return ReadBlankNodeLabel();
            case '[': return IsAnon() ? ReadAnon() : ReadBlankNodePropertyList();
            case '(': return ReadCollection();
            case '"' or '\'': return ReadLiteral();
            case '+' or '-' or (>= '0' and <= '9'): return ReadNumber();
            case '.' when IsDigit(_src.PeekAt(1)): return ReadNumber();
        }
        if (IsPrefixedNameStart(c))
        {
            var at = _src.Position;
            var iri = ReadPrefixedNameOrKeyword(out var keyword);
            if (iri is not null) return iri;
            return keyword switch
            {
                "true" => TrueLiteral,
                "false" => FalseLiteral,
                _ => throw _src.ErrorAt(at, $"expected an object, found '{keyword}'"),
            };
        }
        throw _src.Expected("an object (IRI, blank node, collection or literal)");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ReadBlankNodePropertyList()
    {
        _src.Advance();
        EnterNesting();
        var node = NewBlankNode();
        ReadPredicateObjectList(node);
        SkipWhitespace();
        if (_src.Peek() != ']') throw _src.Expected("']' to close the blank node property list");
        _src.Advance();
        _depth--;
        return node;
    }

    private Term ReadCollection()
    {
        _src.Advance();
        EnterNesting();
        SkipWhitespace();
        Term head = Vocab.Rdf.Nil;
        BlankNode? last = null;
        while (_src.Peek() != ')')
        {
            if (_src.Peek() == TextSource.Eof) throw _src.Expected("')' to close the collection");
            var cell = NewBlankNode();
            if (last is null) head = cell;
            else _output.Add(new Quad(last, Vocab.Rdf.Rest, cell, _graph));
            var item = ReadObject();
            _output.Add(new Quad(cell, Vocab.Rdf.First, item, _graph));
            last = cell;
            SkipWhitespace();
        }
        _src.Advance();
        if (last is not null) _output.Add(new Quad(last, Vocab.Rdf.Rest, Vocab.Rdf.Nil, _graph));
        _depth--;
        return head;
    }

    private void EnterNesting()
    {
        if (++_depth > NestingLimit.Max) throw _src.Error(NestingLimit.Reason(NestingLimit.Max));
    }

    /// <summary>Whether the input is at ANON: '[' WS* ']'.</summary>
    private bool IsAnon()
    {
        var k = 1;
        while (true)
        {
            var c = _src.PeekAt(k);
            if (c is ' ' or '\t' or '\n' or '\r') k++;
            else if (c == '#')
            {
                while (_src.PeekAt(k) is not ('\n' or '\r' or TextSource.Eof)) k++;
            }
            else return c == ']';
        }
    }

    private BlankNode ReadAnon()
    {
        _src.Advance();
        SkipWhitespace();
        _src.Advance();
        return NewBlankNode();
    }

    private bool IsKeyword(string keyword) =>
        _src.LookingAt(keyword, ignoreCase: true) && !IsNameContinuation(_src.PeekAt(keyword.Length));

    private static bool IsNameContinuation(int c) => c == ':' || c == '.' || CharClasses.IsPnChars(c) || (c >= 0xD800 && c <= 0xDBFF);

    private static bool IsLangTagContinuation(int c) => c == '-' || (c >= 0 && c < 0x80 && char.IsAsciiLetterOrDigit((char)c));

    private static bool IsPrefixedNameStart(int c) => c == ':' || CharClasses.IsPnCharsBase(c) || (c >= 0xD800 && c <= 0xDBFF);

    private static bool IsVerbStart(int c) => c == '<' || IsPrefixedNameStart(c);

    private void AdvanceBy(int count)
    {
        for (var i = 0; i < count; i++) _src.Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipWhitespace()
    {
        while (true)
        {
            var c = _src.Peek();
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _src.Advance();
            }
            else if (c == '#')
            {
                while (_src.Peek() is not ('\n' or '\r' or TextSource.Eof)) _src.Advance();
            }
            else
            {
                return;
            }
        }
    }
}
