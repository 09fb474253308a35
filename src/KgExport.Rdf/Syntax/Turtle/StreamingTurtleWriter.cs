using System.Text;
using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming writer for Turtle (<c>allowGraphs: false</c>) and TriG: statements are written as they arrive, with
/// consecutive statements of one subject grouped (<c>;</c> between predicates, <c>,</c> between objects of one
/// predicate) and, in TriG, consecutive statements of one named graph in one <c>name { ... }</c> block. Nothing is
/// sorted, deduplicated or nested, so memory stays flat whatever the input's size; the bytes follow the input's
/// order. Every given prefix (and the base) is declared up front, before the first statement.
/// Turtle rejects a statement in a named graph with <see cref="RdfWriteException"/>.
/// </summary>
internal sealed class StreamingTurtleWriter : IQuadWriter
{
    private const string Indent = "    ";
    private const int FlushAt = 1 << 16;
    private const int IriCacheSize = 1 << 14;

    private readonly TextWriter _output;
    private readonly WriterOptions _options;
    private readonly bool _allowGraphs;
    private readonly TurtleTerms _terms;
    private readonly Dictionary<string, string> _repairedLabels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenRepairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _iriText = new(StringComparer.Ordinal);
    private readonly StringBuilder _sb = new();
    private bool _started;
    private bool _finished;
    private bool _inStatement;
    private bool _inGraph;
    private Term? _graph;
    private Term? _subject;
    private Iri? _predicate;

    public StreamingTurtleWriter(TextWriter output, WriterOptions options, bool allowGraphs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _options = options;
        _allowGraphs = allowGraphs;
        _terms = new TurtleTerms(options.Prefixes, options.BaseIri, _repairedLabels);
    }

    public void Write(Quad quad)
    {
        if (_finished) throw new InvalidOperationException("The writer has already finished.");
        TurtleWriter.EnsureGraphAllowed(quad, _allowGraphs);
        if (!_started) WritePrologue();

        var sameGraph = Equals(quad.Graph, _graph);
        if (_inStatement && sameGraph && quad.Subject.Equals(_subject))
        {
            if (quad.Predicate.Equals(_predicate))
            {
                _sb.Append(", ");
            }
            else
            {
                _sb.Append(" ;\n").Append(_inGraph ? Indent + Indent : Indent);
                AppendPredicate(quad.Predicate);
                _sb.Append(' ');
            }
        }
        else
        {
            if (_inStatement) _sb.Append(" .\n");
            if (!sameGraph) SwitchGraph(quad.Graph);
            if (_inStatement) _sb.Append('\n');
            if (_inGraph) _sb.Append(Indent);
            AppendTerm(quad.Subject);
            _sb.Append(' ');
            AppendPredicate(quad.Predicate);
            _sb.Append(' ');
            _subject = quad.Subject;
            _inStatement = true;
        }
        _predicate = quad.Predicate;
        AppendTerm(quad.Object);
        if (_sb.Length >= FlushAt) Flush();
    }

    public void Finish()
    {
        if (_finished) throw new InvalidOperationException("The writer has already finished.");
        _finished = true;
        if (!_started) WritePrologue();
        if (_inStatement) _sb.Append(" .\n");
        if (_inGraph) _sb.Append("}\n");
        Flush();
        _output.Flush();
    }

    // The base and every prefix, declared before the first statement (unused ones too: the body is not known yet).
    private void WritePrologue()
    {
        _started = true;
        var prologue = false;
        if (_options.BaseIri is not null)
        {
            _sb.Append("@base <").Append(_options.BaseIri).Append("> .\n");
            prologue = true;
        }
        foreach (var (prefix, ns) in _terms.DeclarablePrefixes)
        {
            _sb.Append("@prefix ").Append(prefix).Append(": <").Append(ns).Append("> .\n");
            prologue = true;
        }
        if (prologue) _sb.Append('\n');
    }

    // Closes the open graph block (if any) and opens the next one; the default graph's statements stand unwrapped.
    private void SwitchGraph(Term? graph)
    {
        if (_inGraph)
        {
            _sb.Append("}\n");
            _inGraph = false;
        }
        if (_inStatement || _graph is not null) _sb.Append('\n');
        _inStatement = false;
        _graph = graph;
        if (graph is null) return;
        AppendTerm(graph);
        _sb.Append(" {\n");
        _inGraph = true;
    }

    private void AppendPredicate(Iri predicate)
    {
        if (predicate.Value == Vocab.Rdf.Type.Value) _sb.Append('a');
        else AppendTerm(predicate);
    }

    private void AppendTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                // IRIs repeat (predicates, classes, shared resources): each is rendered once while the cache lasts.
                if (!_iriText.TryGetValue(iri.Value, out var text))
                {
                    var mark = _sb.Length;
                    _terms.AppendIri(_sb, iri.Value);
                    text = _sb.ToString(mark, _sb.Length - mark);
                    _sb.Length = mark;
                    if (_iriText.Count >= IriCacheSize) _iriText.Clear();
                    _iriText[iri.Value] = text;
                }
                _sb.Append(text);
                break;
            case BlankNode blank:
                NoteLabel(blank.Label);
                _terms.Append(_sb, blank);
                break;
            default:
                _terms.Append(_sb, term);
                break;
        }
    }

    // A label the grammar does not allow gets its repaired form, made unique among the repairs so far.
    private void NoteLabel(string label)
    {
        if (BlankNodeLabels.IsValid(label) || _repairedLabels.ContainsKey(label)) return;
        var candidate = BlankNodeLabels.Sanitize(label);
        var unique = candidate;
        for (var n = 1; !_takenRepairs.Add(unique); n++) unique = candidate + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _repairedLabels[label] = unique;
    }

    private void Flush()
    {
        foreach (var chunk in _sb.GetChunks()) _output.Write(chunk.Span);
        _sb.Clear();
    }
}
