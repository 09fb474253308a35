using System.Runtime.CompilerServices;
namespace KgExport.Rdf.Syntax;

/// <summary>The statement reader behind <see cref="NQuadsParser"/>: one call reads one line's statement.</summary>
internal sealed class NQuadsReader
{
    private readonly TextSource _src;
    private readonly bool _allowQuads;
    private readonly string _blankPrefix;
    private readonly CharBuffer _scratch = new();
    private readonly CharBuffer _lexical = new();
    private readonly TermCache<Iri> _iris = new();
    private readonly TermCache<BlankNode> _blanks = new();
    private readonly TermCache<string> _languages = new(1024);

    public NQuadsReader(TextSource source, ParserOptions options, bool allowQuads)
    {
        _src = source;
        _allowQuads = allowQuads;
        _blankPrefix = options.BlankNodePrefix;
    }

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(out Quad quad)
    {
        while (true)
        {
            SkipSpaces();
            var c = _src.Peek();
            switch (c)
            {
                case TextSource.Eof:
                    quad = default;
                    return false;
                case '#':
                    SkipComment();
                    continue;
                case '\n' or '\r':
                    _src.Advance();
                    continue;
            }

            Term subject = c switch
            {
                '<' => ReadIri(),
                '_' => ReadBlankNode(),
                _ => throw _src.Expected("a subject (IRI or blank node)"),
            };
            SkipSpaces();
            if (_src.Peek() != '<') throw _src.Expected("a predicate IRI");
            var predicate = ReadIri();
            SkipSpaces();
            Term obj = _src.Peek() switch
            {
                '<' => ReadIri(),
                '_' => ReadBlankNode(),
                '"' => ReadLiteral(),
                _ => throw _src.Expected("an object (IRI, blank node or literal)"),
            };
            SkipSpaces();
            Term? graph = null;
            if (_allowQuads)
            {
                graph = _src.Peek() switch
                {
                    '<' => ReadIri(),
                    '_' => ReadBlankNode(),
                    _ => null,
                };
                SkipSpaces();
            }
            if (_src.Peek() != '.') throw _src.Expected(_allowQuads && graph is null ? "a graph label or '.'" : "'.'");
            _src.Advance();
            SkipSpaces();
            c = _src.Peek();
            if (c == '#') SkipComment();
            else if (c != '\n' && c != '\r' && c != TextSource.Eof) throw _src.Expected("end of line after '.'");
            quad = new Quad(subject, predicate, obj, graph);
            return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipSpaces()
    {
        while (_src.Peek() is ' ' or '\t') _src.Advance();
    }

    private void SkipComment()
    {
        while (_src.Peek() is not ('\n' or '\r' or TextSource.Eof)) _src.Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ReadIri()
    {
        var at = _src.Position;
        var text = _src.ReadIriRef(_scratch);
        if (_iris.TryGet(text, out var iri)) return iri;
        if (!IriResolver.HasScheme(text)) throw _src.ErrorAt(at, $"relative IRI <{text}> is not allowed here: expected an absolute IRI");
        iri = new Iri(text.ToString());
        _iris.Add(text, iri);
        return iri;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ReadBlankNode()
    {
        var label = _src.ReadBlankNodeLabel(_scratch);
        if (_blanks.TryGet(label, out var node)) return node;
        node = new BlankNode(_blankPrefix + label.ToString());
        _blanks.Add(label, node);
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ReadLiteral()
    {
        var lexical = _src.ReadString(_lexical, terse: false).ToString();
        var c = _src.Peek();
        if (c == '@')
        {
            return Literal.WithLanguage(lexical, ReadLanguage());
        }
        if (c == '^')
        {
            _src.Advance();
            if (_src.Peek() != '^') throw _src.Expected("'^^' before a datatype IRI");
            _src.Advance();
            if (_src.Peek() != '<') throw _src.Expected("a datatype IRI");
            var at = _src.Position;
            var datatype = ReadIri();
            if (datatype.Value == Vocab.Rdf.LangString.Value) throw _src.ErrorAt(at, "rdf:langString needs a language tag, not a datatype");
            return datatype.Value == Vocab.Xsd.String.Value ? new Literal(lexical) : Literal.Typed(lexical, datatype);
        }
        return new Literal(lexical);
    }

    private string ReadLanguage()
    {
        var tag = _src.ReadLangTag(_scratch);
        if (_languages.TryGet(tag, out var language)) return language;
        language = tag.ToString();
        _languages.Add(tag, language);
        return language;
    }
}
